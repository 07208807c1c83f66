// The post a start in a post names ("became director of children's services", "took over as head of service", "has
// chaired the partnership since"), so that two starts in two posts are not read as one event dated two ways.

// "became director of children's services at X in", "took over as head of service in": the post, up to where or when
const POST = /^[ \u00a0]+(?:(?:the|its|an?)[ \u00a0]+)?(.+?)(?:[ \u00a0]+(?:at|in|on|from|for|with|of[ \u00a0]+\p{Lu})\b.*)?[ \u00a0]*$/su;

/** "has chaired Chagworthy's safeguarding children partnership since": what is led, as the post ("chaired chagworthy's ...") */
export function ledSince(cue: string): string | undefined {
  const m = /^(?:has|have|had)[ \u00a0]+([^,]+?)(?:,|[ \u00a0]since$)/i.exec(cue);
  return m?.[1].toLowerCase().replace(/[ \u00a0]+/g, ' ');
}

/** The post a start names between its cue and its date: right `after` the cue ("became director"), or after "as" ("took
 *  over as head of service"); undefined where it names none ("took over in 2021", "started here in March"). */
export function postOf(between: string, after: boolean): string | undefined {
  const as = /^[ \u00a0]+as(?=[ \u00a0])/i.exec(between);
  if (!after && !as) return undefined;
  const m = POST.exec(as ? between.slice(as[0].length) : between);
  return m?.[1].toLowerCase().replace(/[ \u00a0]+/g, ' ');
}
