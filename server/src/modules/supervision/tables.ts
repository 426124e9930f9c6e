/**
 * One roll-up cell: the indicator counts of one Beijing day for one (region, department, item). Each count
 * is dated as its raw aggregate is: submissions and materials by the submission day, decisions by the
 * decision day, ratings and complaints by the day they came in, rectifications by the day they opened.
 */
export interface IndicatorCellRow {
  day: string;
  region_code: string;
  /** '' when the case has no department. */
  department_id: string;
  item_code: string;
  submitted: number;
  online: number;
  trips: number;
  materials_required: number;
  materials_reduced: number;
  decided: number;
  decided_same_day: number;
  decided_with_due: number;
  decided_on_time: number;
  /** Working days from submission to decision, summed over the decided cases (calendar at roll time). */
  decided_working_days: number;
  rating_1: number;
  rating_2: number;
  rating_3: number;
  rating_4: number;
  rating_5: number;
  default_ratings: number;
  rectifications_opened: number;
  rectifications_fixed: number;
  rectifications_fixed_on_time: number;
  complaints: number;
}

export interface SupervisionTables {
  indicator_cells: IndicatorCellRow;
}
