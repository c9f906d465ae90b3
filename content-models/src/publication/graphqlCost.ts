/**
 * Limits on one GraphQL document (issue #9, point 5): an anonymous query with 200 aliases ran for
 * 28 s. Counted on the parsed document before it is executed.
 */
export const GRAPHQL_LIMITS = { maxDepth: 8, maxAliases: 20, maxFields: 400, maxBytes: 32 * 1024 } as const

export interface GraphqlCost {
  depth: number
  aliases: number
  fields: number
}

interface SelectionNode {
  kind: string
  alias?: unknown
  selectionSet?: { selections: readonly SelectionNode[] }
  name?: { value: string }
}

/**
 * The depth, alias count and field count of a parsed document (graphql-js AST), counted from each
 * operation with every fragment spread expanded where it is used (a fragment nested in fragments
 * goes as deep as it is spread; a cycle counts as too deep).
 */
export function graphqlCost(document: { definitions: readonly SelectionNode[] }): GraphqlCost {
  const cost: GraphqlCost = { depth: 0, aliases: 0, fields: 0 }
  const fragments = new Map(document.definitions.filter((d) => d.kind === 'FragmentDefinition' && d.name).map((d) => [d.name!.value, d]))
  const limit = GRAPHQL_LIMITS.maxFields * 4
  const visit = (node: SelectionNode, depth: number, path: readonly string[]) => {
    if (cost.fields > limit) return
    if (node.kind === 'Field') {
      cost.fields++
      if (node.alias) cost.aliases++
      cost.depth = Math.max(cost.depth, depth)
    }
    if (node.kind === 'FragmentSpread' && node.name) {
      const fragment = fragments.get(node.name.value)
      if (!fragment) return
      if (path.includes(node.name.value)) {
        cost.depth = Math.max(cost.depth, GRAPHQL_LIMITS.maxDepth + 1)
        return
      }
      for (const child of fragment.selectionSet?.selections ?? []) visit(child, depth, [...path, node.name.value])
      return
    }
    for (const child of node.selectionSet?.selections ?? []) visit(child, node.kind === 'Field' ? depth + 1 : depth, path)
  }
  for (const definition of document.definitions) if (definition.kind === 'OperationDefinition') visit(definition, 0, [])
  return cost
}

/** Why a document is refused, in Vietnamese, or null. */
export function graphqlCostRefusal(cost: GraphqlCost): string | null {
  if (cost.depth > GRAPHQL_LIMITS.maxDepth) return `Truy vấn GraphQL quá sâu (${cost.depth} > ${GRAPHQL_LIMITS.maxDepth} cấp).`
  if (cost.aliases > GRAPHQL_LIMITS.maxAliases) return `Truy vấn GraphQL dùng quá nhiều bí danh (${cost.aliases} > ${GRAPHQL_LIMITS.maxAliases}).`
  if (cost.fields > GRAPHQL_LIMITS.maxFields) return `Truy vấn GraphQL có quá nhiều trường (${cost.fields} > ${GRAPHQL_LIMITS.maxFields}).`
  return null
}
