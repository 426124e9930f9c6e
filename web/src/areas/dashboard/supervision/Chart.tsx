import EChartsModule from 'echarts-for-react/lib/core';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboard draws is registered (STACK.md §6a: the full build adds ~600 kB).
echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, CanvasRenderer]);

// The package is CommonJS: with "type": "module" the default import is the exports object (as with antd's locales).
const ReactEChartsCore =
  (EChartsModule as unknown as { default?: typeof EChartsModule }).default ?? EChartsModule;

export interface ChartPoint {
  label: string;
  value: number | null;
  /** The value as people read it (e.g. "85.7%"), for the tooltip and the text alternative. */
  text: string;
}

interface Props {
  kind: 'line' | 'bar';
  points: ChartPoint[];
  /** What the chart shows: the accessible name and the caption of the table behind it. */
  title: string;
  labelHeader: string;
  valueHeader: string;
  /** Rates are drawn as percentages. */
  percent?: boolean;
}

/**
 * A chart with its numbers as a visually hidden table, so screen readers (and axe) get the data. The canvas
 * itself is hidden from assistive technology.
 */
export function Chart({ kind, points, title, labelHeader, valueHeader, percent }: Props) {
  const horizontal = kind === 'bar';
  const categories = points.map((p) => p.label);
  const values = points.map((p) => (p.value === null ? null : percent ? p.value * 100 : p.value));
  const valueAxis = {
    type: 'value' as const,
    axisLabel: { formatter: percent ? '{value}%' : '{value}' },
  };
  const categoryAxis = {
    type: 'category' as const,
    data: categories,
    axisLabel: { width: 120, overflow: 'truncate' as const },
  };
  const option = {
    grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'axis' as const,
      formatter: (params: Array<{ dataIndex: number }>) => {
        const p = points[params[0]!.dataIndex]!;
        return `${p.label}: ${p.text}`;
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? { ...categoryAxis, inverse: true } : valueAxis,
    series: [{ type: kind, data: values, itemStyle: { color: '#0958d9' }, barMaxWidth: 28 }],
  };
  const height = horizontal ? Math.max(160, points.length * 36 + 40) : 280;
  return (
    <figure className="tb-supervision-chart" style={{ margin: 0 }}>
      <div aria-hidden="true">
        <ReactEChartsCore echarts={echarts} option={option} style={{ height, width: '100%' }} notMerge />
      </div>
      <table className="tb-visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col">{valueHeader}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{p.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
