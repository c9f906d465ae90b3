import { describe, expect, it } from 'vitest'
import { guessImportKind, matchOption, parseAwards, parseVietnameseDate, planImport, UNIT_TYPES, type ImportContext, type ImportTable } from '../src/index.ts'

const context: ImportContext = {
  units: [
    { id: 1, name: 'UBND huyện Hoà An', type: 'district', parent: null, cluster: 'Cụm các huyện' },
    { id: 2, name: 'Sở Y tế', type: 'department' },
  ],
  users: [
    { id: 10, email: 'hoa@hoaan.example', name: 'Nguyễn Thị Hoà', role: 'contributor', unit: 1 },
    { id: 11, email: 'bientap@thidua.example', name: 'Biên tập', role: 'editor', unit: null },
  ],
  categories: [{ id: 5, name: 'Nông nghiệp' }],
  exemplars: [
    { id: 20, name: 'Nông Thị Huyền', unit: 1, subjectType: 'individual', kind: 'advanced', awards: [{ title: 'Chiến sĩ thi đua cơ sở', year: 2020 }], dateOfBirth: '1985-03-04T17:00:00.000Z' },
  ],
}

const table = (headers: string[], ...rows: string[][]): ImportTable => ({ headers, rows: rows.map((cells, i) => ({ line: i + 2, cells })) })

describe('parseVietnameseDate', () => {
  it.each([
    ['05/03/2020', '2020-03-05'],
    ['5/3/2020', '2020-03-05'],
    ['29-02-2020', '2020-02-29'],
    ['01.12.1999', '1999-12-01'],
  ])('%s is %s', (text, iso) => expect(parseVietnameseDate(text)).toEqual({ ok: true, iso }))

  it.each([
    ['31/02/2020', 'không có ngày 31'],
    ['29/02/2019', 'không có ngày 29'],
    ['12/13/2020', 'không có tháng 13'],
    ['2020-03-05', 'ngày/tháng/năm'],
    ['05/03/20', 'ngày/tháng/năm'],
    ['05/03/1850', '1900–2100'],
  ])('%s is refused (%s)', (text, message) => {
    const parsed = parseVietnameseDate(text)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.message).toContain(message)
  })
})

describe('cells', () => {
  it.each([
    ['Cá nhân', 'individual'],
    ['ca nhan', 'individual'],
  ])('option %s', (text, value) => expect(matchOption([{ value: 'individual', label: 'Cá nhân' }, { value: 'collective', label: 'Tập thể' }], text)).toBe(value))

  it('a unique first word names a unit type; an ambiguous or unknown one does not', () => {
    expect(matchOption(UNIT_TYPES, 'Huyện')).toBe('district')
    expect(matchOption(UNIT_TYPES, 'Xã')).toBe('commune')
    expect(matchOption(UNIT_TYPES, 'Tỉnh')).toBeUndefined()
  })

  it('awards with year and issuer, separated by semicolons', () => {
    expect(parseAwards('Bằng khen của Chủ tịch UBND tỉnh (2019, UBND tỉnh); Chiến sĩ thi đua cơ sở (2020)\nGiấy khen')).toEqual({
      awards: [
        { title: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2019, issuer: 'UBND tỉnh' },
        { title: 'Chiến sĩ thi đua cơ sở', year: 2020 },
        { title: 'Giấy khen' },
      ],
      errors: [],
    })
    expect(parseAwards('Giấy khen (1930)').errors[0]).toContain('1945–2100')
  })
})

describe('planImport: units', () => {
  const headers = ['Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên', 'Cụm, khối thi đua']

  it('creates new units, with parents from the database or from earlier or later rows of the file', () => {
    const plan = planImport('units', table(headers, ['Xã Nam Tuấn', 'Xã', 'Phòng Nội vụ Hoà An', ''], ['Phòng Nội vụ Hoà An', 'Đơn vị khác', 'UBND huyện Hoà An', '']), context)
    expect(plan.rows.map((r) => [r.verdict, r.data.parent])).toEqual([
      ['create', { line: 3 }],
      ['create', { id: 1 }],
    ])
    expect(plan.ready).toBe(true)
  })

  it('the same data again is unchanged; a changed cluster is an update; an empty cell erases nothing', () => {
    const same = planImport('units', table(headers, ['UBND huyện Hoà An', 'Huyện, thị xã, thành phố', '', 'Cụm các huyện']), context)
    expect(same.rows[0]).toMatchObject({ verdict: 'unchanged', targetId: 1 })
    expect(same.ready).toBe(false)
    const changed = planImport('units', table(headers, ['ubnd huyện hoà an', '', '', 'Cụm miền núi']), context)
    expect(changed.rows[0]).toMatchObject({ verdict: 'update', changes: ['Cụm, khối thi đua'] })
  })

  it.each<[string, string[][], string]>([
    ['an unknown type', [['Xã A', 'Tỉnh lỵ', '', '']], 'không phải loại đơn vị hợp lệ'],
    ['an unknown parent', [['Xã A', 'Xã', 'Huyện Không Có', '']], 'Không có đơn vị cấp trên'],
    ['a duplicate row', [['Xã A', 'Xã', '', ''], ['XÃ A', 'Xã', '', '']], 'Trùng với dòng 2'],
    ['a parent cycle', [['Xã A', 'Xã', 'Xã B', ''], ['Xã B', 'Xã', 'Xã A', '']], 'Vòng lặp cấp trên'],
    ['its own parent', [['Xã A', 'Xã', 'Xã A', '']], 'chính nó'],
    ['a missing type', [['Xã A', '', '', '']], 'Thiếu “Loại đơn vị”'],
  ])('%s is an error', (_name, rows, message) => {
    const plan = planImport('units', table(headers, ...rows), context)
    expect(plan.rows.some((r) => r.verdict === 'error' && r.messages.join(' ').includes(message))).toBe(true)
    expect(plan.ready).toBe(false)
  })

  it('a missing required column is a file issue; unknown columns are listed as ignored', () => {
    const plan = planImport('units', table(['Tên đơn vị', 'Ghi chú'], ['Xã A', 'x']), context)
    expect(plan.fileIssues).toEqual(['Thiếu cột bắt buộc “Loại đơn vị”. Hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.'])
    expect(plan.ignoredColumns).toEqual(['Ghi chú'])
  })

  it('a formula cell is an error; NFD text is stored as NFC and matched', () => {
    const formula = planImport('units', { headers, rows: [{ line: 2, cells: ['Xã A', 'Xã', '', '=A1'], formulas: [3] }] }, context)
    expect(formula.rows[0]!.messages[0]).toContain('công thức')
    const nfd = planImport('units', table(headers, ['UBND huyện Hoà An'.normalize('NFD'), 'Huyện', '', 'Cụm các huyện']), context)
    expect(nfd.rows[0]).toMatchObject({ verdict: 'unchanged', targetId: 1 })
  })
})

describe('planImport: users and exemplars', () => {
  it('users: e-mail is the key, admin and council accounts are never touched', () => {
    const plan = planImport(
      'users',
      table(['Họ và tên', 'Email', 'Vai trò', 'Đơn vị'], ['Nguyễn Thị Hoà', 'HOA@hoaan.example', 'Cộng tác viên', 'UBND huyện Hoà An'], ['Lê Văn Nam', 'nam@soyte.example', '', 'Sở Y tế'], ['X', 'bientap@thidua.example', 'Cộng tác viên', 'Sở Y tế'], ['Y', 'y@x.example', 'Quản trị', 'Sở Y tế'], ['Z', 'not-an-email', '', 'Sở Y tế']),
      context,
    )
    expect(plan.rows.map((r) => r.verdict)).toEqual(['unchanged', 'create', 'error', 'error', 'error'])
    expect(plan.rows[1]!.data).toEqual({ email: 'nam@soyte.example', name: 'Lê Văn Nam', role: 'contributor', unit: 2 })
  })

  it('exemplars: awards are added not replaced, dates checked, the birthday compared as a Vietnamese calendar day', () => {
    const headers = ['Tên điển hình', 'Đơn vị đề xuất', 'Khen thưởng', 'Ngày sinh', 'Lĩnh vực']
    const again = planImport('exemplars', table(headers, ['Nông Thị Huyền', 'UBND huyện Hoà An', 'Chiến sĩ thi đua cơ sở (2020)', '05/03/1985', '']), context)
    expect(again.rows[0]).toMatchObject({ verdict: 'unchanged' })
    const more = planImport('exemplars', table(headers, ['Nông Thị Huyền', 'UBND huyện Hoà An', 'Chiến sĩ thi đua cơ sở (2020); Bằng khen (2022, UBND tỉnh)', '', 'Nông nghiệp']), context)
    expect(more.rows[0]).toMatchObject({ verdict: 'update', data: { awards: [{ title: 'Bằng khen', year: 2022, issuer: 'UBND tỉnh' }], field: 5 } })
    const bad = planImport('exemplars', table(headers, ['Lò Văn A', 'UBND huyện Không Có', '', '31/02/2020', 'Thể thao']), context)
    expect(bad.rows[0]!.messages).toEqual([
      'Không có đơn vị “UBND huyện Không Có” (cột “Đơn vị đề xuất”). Hãy nhập danh sách đơn vị trước, hoặc sửa tên cho đúng.',
      'Không có lĩnh vực “Thể thao”. Các lĩnh vực hiện có: Nông nghiệp.',
      'Ngày sinh: “31/02/2020”: tháng 2/2020 không có ngày 31.',
    ])
  })
})

describe('guessImportKind', () => {
  it.each<[string[], string | undefined]>([
    [['Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên'], 'units'],
    [['Họ và tên', 'Email', 'Đơn vị'], 'users'],
    [['Tên điển hình', 'Đơn vị đề xuất', 'Khen thưởng'], 'exemplars'],
    [['Cột A', 'Cột B'], undefined],
  ])('%j is %s', (headers, kind) => expect(guessImportKind(headers)).toBe(kind))
})
