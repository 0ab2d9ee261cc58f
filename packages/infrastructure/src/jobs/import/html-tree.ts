import type { AnyNode } from 'domhandler';

/**
 * Every element that contains one of the nodes, found by one walk up from each that stops where an earlier
 * walk passed. Asking cheerio `$(el).find(…)` for each candidate instead searches from all of the candidate's
 * children at once, and css-select first drops children nested in other children by a pairwise search: a
 * <main> of 30,000 elements took 8 s.
 */
export function ancestorsOf(nodes: readonly AnyNode[]): ReadonlySet<AnyNode> {
  const holding = new Set<AnyNode>();
  for (const node of nodes) {
    for (let up = node.parent; up !== null && !holding.has(up); up = up.parent) holding.add(up);
  }
  return holding;
}

/**
 * Whether the element's text, trimmed as `$(el).text().trim()` is, has at least `min` characters. Reads the
 * text nodes in document order and stops as soon as it knows, so a large element costs no more than its
 * first `min` characters of text (candidates nest, and reading each one's whole text is quadratic).
 */
export function hasTrimmedText(root: AnyNode, min: number): boolean {
  let started = false;
  let length = 0; // characters since the first one that is not white space
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      let data = (node as unknown as { data: string }).data;
      if (!started) {
        data = data.trimStart();
        if (data === '') continue;
        started = true;
      }
      // The end of the trimmed text so far is after this node's last character that is not white space.
      const core = data.trimEnd().length;
      if (core > 0 && length + core >= min) return true;
      length += data.length;
      continue;
    }
    if (node.type === 'comment') continue;
    const children = (node as unknown as { children?: AnyNode[] }).children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as AnyNode);
  }
  return false;
}
