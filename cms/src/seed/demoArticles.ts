import { labelOf, EXEMPLAR_KINDS } from '@thidua/content-models'
import type { DemoExemplar } from './demoPeople.ts'

export interface DemoArticle {
  title: string
  summary: string
  body: string
  byline: string
  tags: string[]
  exemplar?: string
  field: string
  movement: string
  unit: string
  broadcast: boolean
}

const BYLINES = ['Minh Hoà', 'Thu Thuỷ', 'Quang Đức', 'Hải Yến', 'Văn Khoẻ', 'Ngọc Lan']

function story(e: DemoExemplar): string {
  // A person is "chị"/"anh" and their given name; a collective or a household is named in full.
  const who = e.subjectType === 'individual' ? `${e.gender === 'female' ? 'chị' : 'anh'} ${e.name.split(' ').slice(-1)[0]}` : e.name
  const model = e.modelName ? `\n\n## Mô hình “${e.modelName}”\n\nMô hình được xây dựng từ năm 2023, đến nay đã được ${2 + (e.name.length % 5)} đơn vị trong tỉnh học tập, nhân rộng.` : ''
  return `${e.name} là ${labelOf(EXEMPLAR_KINDS, e.kind).toLowerCase()} của ${e.unit}, được biết đến với việc **${e.deed}**.

## Từ những việc nhỏ

Khởi đầu chỉ là những buổi trao đổi sau giờ làm, ${who} kiên trì tìm cách làm mới, *không ngại khó, không ngại khổ*.

> “Việc tốt nào cũng bắt đầu từ chỗ mình làm được trước, rồi rủ thêm người cùng làm.”
${model}

## Kết quả nổi bật

- Hoàn thành xuất sắc nhiệm vụ ba năm liền (2023-2025)
- Được ${e.unit} đề nghị khen thưởng
- Cách làm được giới thiệu trên [Cổng thông tin Hội đồng Thi đua - Khen thưởng tỉnh](/)

Phong trào **“${e.movement}”** ở địa phương có thêm động lực từ những tấm gương như thế.`
}

/** One story per exemplar and some movement reports: 60+ articles. */
export function demoArticles(exemplars: readonly DemoExemplar[]): DemoArticle[] {
  const stories: DemoArticle[] = exemplars.map((e, i) => ({
    title: e.modelName ? `Mô hình “${e.modelName}”: ${e.deed}` : `${e.name}: ${e.deed}`,
    summary: `${e.name} (${e.unit}) là một trong những ${labelOf(EXEMPLAR_KINDS, e.kind).toLowerCase()} tiêu biểu của phong trào “${e.movement}”.`,
    body: story(e),
    byline: BYLINES[i % BYLINES.length]!,
    tags: [labelOf(EXEMPLAR_KINDS, e.kind).toLocaleLowerCase('vi'), e.subjectType === 'household' ? 'kinh tế hộ' : 'gương sáng'],
    exemplar: e.name,
    field: e.field,
    movement: e.movement,
    unit: e.unit,
    broadcast: i % 4 === 0,
  }))
  const reports: DemoArticle[] = Array.from({ length: 22 }, (_, i) => {
    const e = exemplars[(i * 5) % exemplars.length]!
    const quarter = (i % 4) + 1
    return {
      title: `${e.unit} sơ kết phong trào “${e.movement}” quý ${quarter}`,
      summary: `Hội nghị sơ kết quý ${quarter} của ${e.unit} biểu dương ${3 + (i % 6)} tập thể, cá nhân có thành tích tiêu biểu.`,
      body: `Sáng nay, ${e.unit} tổ chức hội nghị sơ kết phong trào thi đua **“${e.movement}”**.\n\n## Những con số\n\n| Nội dung | Kết quả |\n| --- | --- |\n| Sáng kiến được công nhận | ${10 + i} |\n| Điển hình được giới thiệu | ${2 + (i % 5)} |\n\nHội nghị đã biểu dương ${e.name} cùng nhiều tập thể, cá nhân khác.`,
      byline: BYLINES[(i + 2) % BYLINES.length]!,
      tags: ['sơ kết', 'phong trào thi đua'],
      field: e.field,
      movement: e.movement,
      unit: e.unit,
      broadcast: i % 3 === 0,
    }
  })
  return [...stories, ...reports]
}
