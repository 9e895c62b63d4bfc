/**
 * The assignments of a document's text: who is told to do what, by when. Each paragraph or list
 * item is cut into clauses (at `;` and at sentence ends); a clause assigns when
 * - it gives the task (`giao`, `phân công`, `yêu cầu`, `đề nghị`, `chỉ đạo` + agencies), or
 * - it opens with agencies followed by what they do (`Công an Thành phố phối hợp …`), or
 * - it goes on from the previous clause (`(2) Phối hợp Bộ Tư lệnh Thủ đô …`).
 * `chủ trì` makes the lead, `phối hợp (với)` the partners, `báo cáo` + agency who receives the
 * report. Sentences that only name agencies (`Cùng dự có …`, `nghe Sở Y tế báo cáo`) assign nothing.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { agencyListAt, type AgencyMention } from './agencies.ts';
import { whenIn } from './deadline.ts';
import type { OutlinePart } from '../outline.ts';

/** How an agency takes part in a task. */
export type Role = 'lead' | 'partner' | 'receives-report';

/** One agency's part in one task. */
export interface FoundAssignment {
  agency: AgencyMention;
  role: Role;
  /** The clause that sets the task, as written (cut at 400 characters). */
  task: string;
  /** The anchor of the numbered part the clause is in, or null. */
  anchor: string | null;
  deadlines: string[];
  deadlineText: string | null;
  recurrence: string | null;
}

/** Verbs that give a task to the agencies after them, anywhere in a clause. */
const GIVING =
  /(?:^|[\s,(:])(?:tiếp tục\s+|thống nhất\s+)?(giao(?:\s+cho)?|phân công|yêu cầu|đề nghị)\s+/giu;
/** `Chỉ đạo Sở Y tế: …` gives a task only where it opens the clause or follows its subject. */
const DIRECTING = /^(?:cần\s+|tiếp tục\s+)?chỉ đạo\s+/iu;
/** Words before `giao` that make it another word (`bàn giao`, `được giao`, `chuyển giao`). */
const NOT_GIVING = /(?:bàn|được|chuyển|đã|nhận|giao)\s*$/iu;
/** What opens a clause before its subject: markers and the topic (`Về công tác …:`). */
const CLAUSE_OPENING =
  /^\s*(?:[-+•]\s*|\(?\d{1,2}[.)]\s*|\(?[a-zđ][.)]\s*|\(\d{1,2}\)\s*)?(?:(?:Về|Đối với)\s[^:]{3,200}:\s*)?(?:Tiếp tục\s+)?/u;
/** What an agency does, after its name, for a clause to assign to it. */
const ACTING =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:cần\s+|phải\s+|tiếp tục\s+|khẩn trương\s+|chủ động\s+|thường xuyên\s+)?\p{Ll}/u;
/** Chairing a meeting is not a task (`Bí thư Thành ủy chủ trì hội nghị`). */
const MEETING = /^\s*chủ trì\s+(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|họp)/iu;
/** The closing formula (`Yêu cầu các đơn vị nghiêm túc thực hiện./.`): no task of its own. */
const CLOSING =
  /^\s*(?:nghiêm túc\s+)?(?:tổ chức\s+|triển khai\s+)?thực hiện(?:\s+nghiêm túc)?\s*[./]*$/iu;
/** Words after an agency that say it is not the actor (`Sở Y tế báo cáo` heard in a meeting). */
const NOT_ACTING =
  /^\s*(?:theo(?!\s+dõi)|báo cáo|trình bày|tham dự|dự|đã|được|và các|của|về|tại|trong|thuộc|cho|với|là|có|cùng|thông báo|thống nhất|kết luận|ghi nhận|đánh giá|biểu dương|họp|tiến hành|nhận|gửi|ban hành|nhất trí|chủ trì hội nghị)(?![\p{L}])/iu;

/** The clauses of a block's text: cut at `;`, at sentence ends and before a task given after a colon. */
function clausesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(
      /;\s+|(?<=[.!?])\s+(?=\p{Lu})|\s+(?=\(\d{1,2}\)\s)|(?<=:)\s+(?=(?:Chỉ đạo|Giao|Đề nghị|Yêu cầu)\s)/u,
    )
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/** Partners and report receivers within a clause, after its leads. */
function othersIn(clause: string, from: number): { agency: AgencyMention; role: Role }[] {
  const found: { agency: AgencyMention; role: Role }[] = [];
  const rest = clause.slice(from);
  for (const match of rest.matchAll(
    /(?<![\p{L}])(phối hợp(?:,\s*đôn đốc)?(?:\s+chặt chẽ)?(?:\s+với)?|báo cáo(?:\s+kết quả(?:\s+thực hiện)?)?(?:\s+(?:về|cho|với|lên))?)\s+/giu,
  )) {
    const at = from + match.index + match[0].length;
    const role: Role = /^phối/iu.test(match[1]!) ? 'partner' : 'receives-report';
    for (const agency of agencyListAt(clause, at).agencies) found.push({ agency, role });
  }
  return found;
}

/** What a clause gives with a verb of giving (`giao Sở Y tế …`, `Phân công đồng chí …`), or null. */
function givenIn(clause: string): ClauseResult | null {
  for (const match of clause.matchAll(GIVING)) {
    const verbAt = match.index + match[0].indexOf(match[1]!);
    if (/^giao/iu.test(match[1]!) && NOT_GIVING.test(clause.slice(0, verbAt))) continue;
    const at = match.index + match[0].length;
    const { agencies, end } = agencyListAt(clause, at);
    if (agencies.length === 0 || CLOSING.test(clause.slice(end))) continue;
    // `Đề nghị UBND huyện chỉ đạo Phòng Văn hóa …`: those it directs are given the task too.
    const rest = clause.slice(end).replace(/^\s+/, '');
    const directed = DIRECTING.exec(rest);
    const further = directed
      ? agencyListAt(clause, clause.length - rest.length + directed[0].length)
      : { agencies: [], end };
    const leads = [...agencies, ...further.agencies];
    const found = leads.map((agency) => ({ agency, role: 'lead' as Role }));
    return { leads, found: [...found, ...othersIn(clause, Math.max(end, further.end))] };
  }
  return null;
}

/** The leads a clause names and everyone it gives a part in its task. */
interface ClauseResult {
  leads: AgencyMention[];
  found: { agency: AgencyMention; role: Role }[];
}

/** The assignments a clause sets, given the leads of the clause before it (for `Phối hợp …`). */
function assignmentsOfClause(clause: string, previousLeads: AgencyMention[]): ClauseResult {
  const given = givenIn(clause);
  if (given) return given;
  // `Chỉ đạo Sở Y tế: …`, `Ban cán sự đảng … chỉ đạo các đơn vị liên quan …`.
  const opening = CLAUSE_OPENING.exec(clause)?.[0].length ?? 0;
  const subject = agencyListAt(clause, opening);
  const directing = DIRECTING.exec(clause.slice(subject.end).replace(/^\s+/, ''));
  if (directing) {
    const at =
      clause.length - clause.slice(subject.end).replace(/^\s+/, '').length + directing[0].length;
    const { agencies, end } = agencyListAt(clause, at);
    if (agencies.length > 0) {
      const leads = [...subject.agencies, ...agencies];
      const found = leads.map((agency) => ({ agency, role: 'lead' as Role }));
      return { leads, found: [...found, ...othersIn(clause, end)] };
    }
  }
  // `Công an Thành phố phối hợp …`, `Sở Lao động - Thương binh và Xã hội chủ trì, …`.
  if (subject.agencies.length > 0) {
    const after = clause.slice(subject.end);
    if (ACTING.test(after) && !NOT_ACTING.test(after) && !MEETING.test(after)) {
      const found = subject.agencies.map((agency) => ({ agency, role: 'lead' as Role }));
      return { leads: subject.agencies, found: [...found, ...othersIn(clause, subject.end)] };
    }
  }
  // `…, Ban cán sự đảng Chính phủ phối hợp chặt chẽ với …`: a subject after a comma, with a strong verb.
  for (const comma of clause.matchAll(/[,:]\s+/gu)) {
    const at = comma.index + comma[0].length;
    const inner = agencyListAt(clause, at);
    const verb = clause.slice(inner.end);
    if (
      inner.agencies.length > 0 &&
      /^\s*(?:chủ trì|phối hợp)(?![\p{L}])/iu.test(verb) &&
      !MEETING.test(verb)
    ) {
      const found = inner.agencies.map((agency) => ({ agency, role: 'lead' as Role }));
      return { leads: inner.agencies, found: [...found, ...othersIn(clause, inner.end)] };
    }
  }
  // `(2) Phối hợp Bộ Tư lệnh Thủ đô …`, `…; báo cáo UBND Thành phố`: the previous clause's leads go on.
  const others = othersIn(clause, opening);
  if (
    previousLeads.length > 0 &&
    (others.length > 0 || /^(?:phối hợp|chủ trì)/iu.test(clause.slice(opening)))
  ) {
    const found = previousLeads.map((agency) => ({ agency, role: 'lead' as Role }));
    return { leads: previousLeads, found: [...found, ...others] };
  }
  return { leads: [], found: [] };
}

/** True when a clause ends with the agencies a verb gives a task to, and nothing after them. */
function endsWithGivenList(clause: string): boolean {
  const match = [...clause.matchAll(GIVING)].pop();
  const from = match
    ? match.index + match[0].length
    : (CLAUSE_OPENING.exec(clause)?.[0].length ?? 0);
  const { agencies, end } = agencyListAt(clause, from);
  return agencies.length > 0 && clause.slice(end).trim() === '';
}

/** The blocks of a tree in text order, each with the anchor of the part it is in. */
function blocksOf(tree: Root, outline: OutlinePart[]): { text: string; anchor: string | null }[] {
  const anchors = new Map<Paragraph | Heading, string>(outline.map((p) => [p.node, p.id]));
  const blocks: { text: string; anchor: string | null }[] = [];
  let anchor: string | null = null;
  const visit = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      anchor = anchors.get(node) ?? anchor;
      blocks.push({ text: toString(node), anchor });
      return;
    }
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
  };
  for (const child of tree.children) visit(child);
  return blocks;
}

/** The assignments of a document's text; `year` completes dates written without a year. */
export function assignmentsOf(
  tree: Root,
  outline: OutlinePart[],
  year: string | null,
): FoundAssignment[] {
  const assignments: FoundAssignment[] = [];
  const blocks = blocksOf(tree, outline);
  // `… giao Ban cán sự đảng …, trong đó lưu ý những nội dung sau:` gives the points below to them.
  let introduced: { leads: AgencyMention[]; anchor: string | null } | null = null;
  for (const [k, { text, anchor }] of blocks.entries()) {
    if (introduced && introduced.anchor !== anchor) introduced = null;
    // The distribution list names agencies without giving them anything.
    if (/^\s*Nơi nhận\s*:/iu.test(text)) break;
    // A header in capitals (`ỦY BAN NHÂN DÂN … CỘNG HÒA XÃ HỘI …`) names bodies, it gives nothing.
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters.length > 0 && letters.replace(/\p{Lu}/gu, '').length < letters.length * 0.4)
      continue;
    let leads: AgencyMention[] = introduced?.leads ?? [];
    const clauses = clausesOf(text);
    for (let c = 0; c < clauses.length; c++) {
      let clause = clauses[c]!;
      // `Đề nghị Sở Chỉ huy …; Ban Chỉ đạo các phường thực hiện …`: one list cut by `;`.
      while (c + 1 < clauses.length && endsWithGivenList(clause))
        clause = `${clause}; ${clauses[++c]}`;
      const result = assignmentsOfClause(clause, leads);
      if (result.leads.length > 0) leads = result.leads;
      if (result.found.length === 0) continue;
      const when = whenIn(clause, year);
      // `Giao Sở Y tế:` heads the points that follow: they are the task.
      const task = /:\s*$/.test(clause)
        ? `${clause} ${clauses.slice(c + 1).join('; ') || (blocks[k + 1]?.text ?? '')}`
        : clause;
      const seen = new Set<string>();
      for (const { agency, role } of result.found) {
        const key = `${agency.name}|${role}`;
        if (seen.has(key)) continue;
        seen.add(key);
        assignments.push({
          agency,
          role,
          task: task.length > 300 ? `${task.slice(0, 299)}…` : task,
          anchor,
          deadlines: when.deadlines,
          deadlineText: when.text,
          recurrence: when.recurrence,
        });
      }
    }
    if (/:\s*$/.test(text) && leads.length > 0) introduced = { leads, anchor };
  }
  return assignments;
}
