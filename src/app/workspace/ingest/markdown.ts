/**
 * Markdown → plain article text: headings, emphasis, links, images, code marks and list bullets
 * go; the words stay on their lines. The first heading (or line) is the title.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^\uFEFF/, '')
    .replace(/^---\n[\s\S]*?\n---\n/, '') // front matter
    .replace(/```[\s\S]*?```/g, '') // fenced code
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links keep their words
    .replace(/^\s{0,3}#{1,6}\s+/gm, '') // headings
    .replace(/^\s{0,3}>\s?/gm, '') // quotes
    .replace(/^\s*[-*+]\s+/gm, '') // bullets
    .replace(/^\s*\d+[.)]\s+/gm, '') // numbered items
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2') // emphasis and code
    .replace(/^\s*([-*_]\s*){3,}$/gm, '') // rules
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
