import { cellStateLabel, periodsOfYear, type PeriodKind, type QuotaBoard, type QuotaRow } from '@thidua/content-models'

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`)

/** Rows grouped by emulation cluster (cụm, khối thi đua), then by parent unit, both in Vietnamese order. */
function groups(rows: QuotaRow[]): Array<[string, QuotaRow[]]> {
  const byCluster = new Map<string, QuotaRow[]>()
  for (const row of rows) {
    const key = row.unit.cluster || 'Chưa xếp cụm, khối'
    byCluster.set(key, [...(byCluster.get(key) ?? []), row])
  }
  const parentOf = (row: QuotaRow) => String(row.unit.parent ?? '')
  return [...byCluster.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'vi'))
    .map(([cluster, list]) => [cluster, [...list].sort((a, b) => parentOf(a).localeCompare(parentOf(b)))] as [string, QuotaRow[]])
}

/** One table of the scoreboard: the units on a monthly or a quarterly quota. */
export function QuotaTable({ board, kind, caption, link }: { board: QuotaBoard; kind: PeriodKind; caption: string; link: (unit: string, period: string) => string }) {
  const rows = board.rows.filter((r) => r.period === kind)
  if (!rows.length) return null
  const periods = periodsOfYear(board.year, kind)
  const totals = board.totals[kind]
  return (
    <div className="quota-board__scroll">
      <table className="quota-board__table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            {periods.map((p) => <th key={p.key} scope="col">{kind === 'month' ? `T${p.key.slice(5)}` : p.label.split('/')[0]}</th>)}
            <th scope="col">Đạt</th>
          </tr>
        </thead>
        {groups(rows).map(([cluster, list]) => (
          <tbody key={cluster}>
            <tr className="quota-board__group"><th scope="rowgroup" colSpan={periods.length + 2}>{cluster}</th></tr>
            {list.map((row) => (
              <tr key={String(row.unit.id)} data-unit={String(row.unit.id)}>
                <th scope="row">{row.unit.name}{row.minimum > 1 ? ` (${row.minimum}/kỳ)` : ''}</th>
                {row.cells.map((cell) => (
                  <td key={cell.period.key} className={`quota-cell quota-cell--${cell.state}`} data-state={cell.state}>
                    <a href={link(String(row.unit.id), cell.period.key)} title={`${cell.period.label}: ${cellStateLabel(cell.state)}, ${cell.count} điển hình`}>
                      <span className="quota-cell__mark" aria-hidden="true">{cell.state === 'met' ? '✓' : cell.state === 'missed' ? '✗' : cell.state === 'in-progress' ? '…' : '·'}</span>
                      <span className="quota-cell__count">{cell.count}</span>
                      <span className="quota-cell__label">{cellStateLabel(cell.state)}</span>
                    </a>
                  </td>
                ))}
                <td className="quota-board__score">{row.met}/{row.required} ({percent(row.score)})</td>
              </tr>
            ))}
          </tbody>
        ))}
        <tfoot>
          <tr>
            <th scope="row">Tỷ lệ đơn vị đạt</th>
            {totals.map((t) => <td key={t.period.key}>{t.required ? `${t.met}/${t.required}` : '—'}</td>)}
            <td />
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
