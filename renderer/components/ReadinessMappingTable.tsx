import type { ReadinessMapping } from '@shared/domain';
import { formatPercent, type NumberFormat } from '@shared/presentation';

/** A workspace's readiness → probability mapping: p at each average readiness 1–5, and the cap when any dimension is a blocker. */
export function ReadinessMappingTable({ mapping, caption, className, numberFormat }: { mapping: ReadinessMapping; caption: string; className: string; numberFormat?: NumberFormat }) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Average readiness</th>
          {mapping.anchors.map((_, i) => (
            <th key={i} scope="col" className="num">
              {i + 1}
            </th>
          ))}
          <th scope="col" className="num">
            Any 1
          </th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Probability</th>
          {mapping.anchors.map((p, i) => (
            <td key={i} className="num">
              {formatPercent(p, numberFormat, 0)}
            </td>
          ))}
          <td className="num">at most {formatPercent(mapping.blockerCap, numberFormat, 0)}</td>
        </tr>
      </tbody>
    </table>
  );
}
