/**
 * The assignments of a document's text: who is told to do what, by when. Each paragraph or list
 * item is cut into clauses (at `;` and at sentence ends); a clause assigns when
 * - it gives the task (`giao`, `phân công`, `yêu cầu`, `đề nghị`, `kiến nghị`, `chỉ đạo` + agencies), or
 * - it opens with agencies followed by what they do (`Công an Thành phố phối hợp …`), or
 * - it goes on from the previous clause (`(2) Phối hợp Bộ Tư lệnh Thủ đô …`).
 * `chủ trì` makes the lead, `phối hợp (với)` the partners, `báo cáo` + agency who receives the
 * report. Sentences that only name agencies (`Cùng dự có …`, `nghe Sở Y tế báo cáo`) assign nothing.
 */
import type { Heading, Paragraph, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { agencyAt, agencyListAt, defineNames, nameKey, type AgencyMention } from './agencies.ts';
import { tableFromCellLines } from './cell-lines.ts';
import { withoutHead } from './entities.ts';
import { saysWhen, whenIn, whenInCell, type When } from './deadline.ts';
import type { OutlinePart } from '../outline.ts';
import { RECIPIENTS_LABEL, mottoOfLine } from '../lines.ts';
import { issuerFromHeader } from '../issuer.ts';

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

/** Verbs that give a task to the agencies after them, anywhere in a clause; not a decision's grounds (`Theo đề nghị Vụ trưởng …`). */
const GIVING =
  /(?:^|[\s,(:])(?<!(?:theo|xét|văn bản|công văn)\s)(?:tiếp tục\s+|thống nhất\s+)?(giao(?:\s+nhiệm vụ)?(?:\s+cho)?|phân công|yêu cầu|đề nghị|kiến nghị)\s+/giu;
/** `lãnh đạo, ` or `lãnh đạo và ` before `chỉ đạo`, as a pattern's source. */
const LEADING_AND = String.raw`lãnh đạo(?:\s*,\s*|\s+và\s+)`;
/** `chỉ đạo`, alone or with a verb of guiding (`chỉ đạo, hướng dẫn`, `chỉ đạo, định hướng`), as a pattern's source. */
const DIRECTING_VERB = String.raw`chỉ đạo(?:\s*,\s*(?:hướng dẫn|định hướng))?`;
/** `Chỉ đạo Sở Y tế: …` gives a task only where it opens the clause or follows its subject. */
const DIRECTING = new RegExp(
  String.raw`^(?:cần\s+|tiếp tục\s+|triển khai\s+)?(?:${LEADING_AND})?${DIRECTING_VERB}\s+`,
  'iu',
);
/**
 * The same after the one who directs (`Đảng đoàn HĐND tỉnh lãnh đạo Thường trực HĐND tỉnh …`,
 * `giao Ban cán sự đảng … lãnh đạo, chỉ đạo UBND tỉnh`, `Bộ … có trách nhiệm chỉ đạo ngành …`); without it, `Lãnh đạo Sở Y tế` is
 * the department's leadership, not a directing.
 */
const DIRECTING_AFTER_SUBJECT = new RegExp(
  String.raw`^(?:cần\s+|tiếp tục\s+|(?:có|chịu) trách nhiệm\s+)?(?:${LEADING_AND}chỉ đạo|lãnh đạo|${DIRECTING_VERB})\s+`,
  'iu',
);
/** Words before `giao` that make it another word (`bàn giao`, `được giao`, `chuyển giao`). */
const NOT_GIVING = /(?:bàn|được|chuyển|đã|nhận|giao)\s*$/iu;
/** A point's marker before its text (`-`, `2.1.`, `b)`), as a pattern's source. */
const POINT_MARK = String.raw`[-+•]\s*|\(?\d{1,2}(?:\.\d{1,2})*[.)]\s*|\(?[a-zđ][.)]\s*`;
/**
 * What opens a clause before its subject: markers, the topic (`Về công tác …:`), within one's
 * remit (`Căn cứ chức năng, nhiệm vụ,`), a time limit (`Trong thời hạn không quá 7 ngày làm việc,
 * kể từ ngày nhận đủ hồ sơ,`) and when
 * (`Định kỳ hằng tháng,`, `Vào các ngày thứ Bảy:`, `Từ ngày 5 đến ngày 10 hằng tháng,`); not a
 * report due (`định kỳ báo cáo Bộ Chính trị, Ban Bí thư`), which names those it goes to.
 */
const CLAUSE_OPENING = new RegExp(
  String.raw`^\s*(?:${POINT_MARK}|\(\d{1,2}\)\s*)?(?:(?:Về|Đối với)\s[^:]{3,200}:\s*)?(?:(?:[Đđ]ịnh kỳ|[Hh]ằng (?:ngày|tuần|tháng|quý|năm)|[Vv]ào (?:ngày|các ngày|cuối|đầu)|[Tt]ừ ngày|[Tt]rong (?:tháng|quý|năm|tuần))(?:(?!báo cáo|gửi)[^,:;]){0,60}[,:]\s+)?(?:[Tt]rong (?:thời hạn|vòng)\s[^,;:]{0,60}(?:,\s*kể từ\s+(?:ngày|khi)\s[^,;:]{0,80})?,\s+)?(?:Trên cơ sở (?:đó|này|kết quả (?:rà soát|kiểm tra)),\s+)?(?:Căn cứ (?:theo |vào )?chức năng,? nhiệm vụ(?:,? quyền hạn)?(?: được giao)?(?: của mình)?,\s+)?(?:(?:Riêng|[Đđ]ồng thời|Trong đó),?\s+)?(?:Tiếp tục\s+)?`,
  'u',
);
/** What an agency does, after its name, for a clause to assign to it. */
const ACTING =
  /^\s*(?:\([^)]{0,80}\)\s*)?(?:cần\s+|phải\s+|tiếp tục\s+|khẩn trương\s+|chủ động\s+|thường xuyên\s+)?\p{Ll}/u;
/** Chairing a meeting is not a task (`Bí thư Thành ủy chủ trì hội nghị`; `…, Tổng Bí thư chủ trì, cùng dự có …`). */
const MEETING =
  /^\s*chủ trì(?:\s+(?:hội nghị|cuộc họp|phiên họp|buổi làm việc|buổi giao ban|giao ban|buổi kiểm tra|họp)|\s*[,;.]\s*(?:cùng\s+)?(?:dự|tham dự|có)(?![\p{L}])|\s*[.;]?\s*$)/iu;
/**
 * The closing formula for trouble (`Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn
 * vị phản ánh về Sở …`): what to do if need be, not a task.
 */
const IF_NEEDED =
  /^(?:trong quá trình (?:triển khai\s*,?\s*)?(?:tổ chức\s+)?thực hiện\s*,?\s*)?nếu có\s+(?:khó khăn|vướng mắc|phát sinh)/iu;
/**
 * The executory article of a decision or resolution (`… chịu trách nhiệm thi hành Quyết định này`,
 * `… căn cứ Quyết định thi hành`).
 */
const EXECUTORY =
  /(?:(?:chịu trách nhiệm|có trách nhiệm)\s+(?:tổ chức\s+)?)?thi hành\s+(?:Quyết định|Nghị quyết|Chỉ thị|Quy định|Thông tư|văn bản)\s+này|căn cứ\s+(?:Quyết định|Nghị quyết|Chỉ thị|Quy định)(?:\s+này)?\s+(?:để\s+)?thi hành/iu;
/** Who answers to whom (`… chịu trách nhiệm (toàn diện) trước Chủ tịch UBND tỉnh …`): no task of its own. */
const ACCOUNTABLE = /^\s*(?:phải\s+)?chịu trách nhiệm(?:\s+toàn diện)?\s+trước\s/iu;
/** The closing formula (`Yêu cầu các đơn vị nghiêm túc thực hiện./.`, `… khẩn trương triển khai thực hiện`): no task of its own. */
const CLOSING =
  /^\s*(?:quan tâm\s+)?(?:chỉ đạo\s+|phối hợp\s+)?(?:(?:nghiêm túc|khẩn trương)\s+)?(?:tổ chức\s+|triển khai,?\s+)*thực hiện(?:\s+(?:nghiêm túc|hiệu quả|tốt))?(?:\s+(?:Chỉ thị|Thông báo|Kế hoạch|Quyết định|Công văn|văn bản|Thông báo kết luận) này|\s+(?:các|những) nội dung(?:\s+(?:theo|của|trong))?(?:\s+(?:kế hoạch|công văn|văn bản|chỉ thị|thông báo))?(?:\s+này|\s+nêu trên)?)?\s*[./]*$/iu;
/**
 * A collective name (`các đơn vị`, `Thủ trưởng các sở, ngành`, `UBND huyện, thị xã`): the closing
 * formula speaks to them; bodies named each by name (`Giao Sở Y tế triển khai thực hiện.`) are
 * given the work of the letter.
 */
const isCollective = (agency: AgencyMention) =>
  !agency.person && /(?:^|\s)(?:các|những|mọi)\s|,/iu.test(agency.name);

/** A body's name without the head who stands for it (`Giám đốc Sở Y tế` is `Sở Y tế`). */
const bodyKey = (agency: AgencyMention) => nameKey(withoutHead(agency.name));

/** Whether a clause is the closing formula addressed to bodies by name (`Giao Sở Y tế triển khai thực hiện.`). */
function isClosingFormula(clause: string): boolean {
  // Every closing formula ends on `thực hiện` and its objects: most clauses are ruled out at once.
  if (!/thực hiện/iu.test(clause)) return false;
  for (const match of clause.matchAll(GIVING)) {
    const { agencies, end } = agencyListAt(clause, match.index + match[0].length);
    if (agencies.length > 0 && !agencies.some(isCollective) && CLOSING.test(clause.slice(end)))
      return true;
  }
  return false;
}

/**
 * The closing formula names bodies by name: their task where the letter gives them none else
 * (`Giao Ban Dân tộc tỉnh triển khai thực hiện.`), nothing where it does (`… yêu cầu Giám đốc Sở
 * Nội vụ triển khai thực hiện./.` after that department's tasks).
 */
function withoutRepeatedFormula(assignments: FoundAssignment[]): FoundAssignment[] {
  const formula = new Set(assignments.filter((a) => isClosingFormula(a.task)));
  if (formula.size === 0) return assignments;
  const givenElse = new Set(
    assignments.filter((b) => !formula.has(b)).map((b) => bodyKey(b.agency)),
  );
  const repeated = (a: FoundAssignment) =>
    a.role === 'lead' &&
    a.deadlines.length === 0 &&
    formula.has(a) &&
    givenElse.has(bodyKey(a.agency));
  return assignments.filter((a) => !repeated(a));
}

/**
 * Words after an agency that say it is not the actor (`Sở Y tế báo cáo` heard in a meeting; the
 * writer presenting its plan, `Sở … xây dựng Kế hoạch thực hiện như sau:` (`kếhoạch` where a copy
 * dropped the space), its guidance, `Bộ Tài chính hướng dẫn như sau:`, `Bộ … (GDĐT) hướng dẫn các
 * Sở … một số nội dung sau:`); the units a plan gives tasks to, named back (`Các đơn vị chủ trì
 * nhiệm vụ được giao trong Kế hoạch có trách nhiệm …`);
 * `theo chức năng, nhiệm vụ …`, `theo thẩm quyền` before the verb do not.
 */
const NOT_ACTING =
  /^\s*(?:theo(?!\s+(?:dõi|chức năng|thẩm quyền|lĩnh vực|phân cấp))|là(?!\s+(?:cơ quan|đơn vị)\s+(?:thường trực|đầu mối|chủ trì|đồng hành)|\s+đầu mối)|báo cáo|trình bày|tham dự|dự|(?:cũng\s+)?đã|chưa|được|và các|của|về|tại|trong|thuộc|cho|với|có(?!\s+(?:trách nhiệm|nhiệm vụ))|cùng|thông báo|trả lời(?=[^.;]{0,60}\s(?:được\s+)?biết(?![\p{L}]))|phúc đáp|thống nhất|kết luận|ghi nhận|đánh giá|biểu dương|họp|tiến hành|nhận|gửi|ban hành|nhất trí|chủ trì hội nghị|yêu cầu|đề nghị|kiến nghị|giao|phân công|trân trọng|xin|kính|mời|sẽ|không nhận được)(?![\p{L}])|^\s*chỉ đạo\s*(?:như sau\s*)?:|^\s*chỉ đạo\s+(?:về\s+)?việc(?![\p{L}])|^\s*chủ trì\s+(?:các\s+)?nhiệm vụ\s+được giao(?![\p{L}])|^\s*(?:\([^()]{1,20}\)\s*)?(?:xây dựng\s*kế\s*hoạch|hướng dẫn|quy định|công khai)[^.;:]{0,200}(?:như sau|sau đây|(?:các|một số|những)\s+(?:nội dung|vấn đề|điểm)\s+(?:chủ yếu\s+)?sau)\s*:/iu;

/**
 * The clauses of a block's text: cut at `;`, at sentence ends (not after `TP.`, `TX.`: `Thành đoàn
 * TP. Hồ Chí Minh`) and before a task given after a colon.
 */
function clausesOf(text: string): string[] {
  // `… có ý kiến như sau:` / `Bộ Tài chính báo cáo …`: a line ending with `như sau:` over a
  // capitalised line introduces it, as a paragraph of its own would.
  const parts = text.split(/(?<=(?:như sau|sau đây)\s*:)[ \t]*\n(?=[ \t]*\p{Lu})/u);
  if (parts.length > 1) return parts.flatMap(clausesOf);
  return (
    text
      .replace(/\s+/g, ' ')
      // `… như: Trung tâm hỗ trợ …; Văn phòng hỗ trợ …; Câu lạc bộ …`: what is listed, not clauses.
      .replace(/(?<=(?:như|gồm)\s*:)[^.]*/gu, (items) => items.replace(/;\s+/g, ', '))
      .split(
        /;\s+|(?<=[.!?])(?<!(?:^|[\s(])(?:TP|Tp|TX|TT|Q|P)\.)\s+(?=\p{Lu})|\s+(?=\(\d{1,2}\)\s)|(?<=:)\s+(?=(?:Chỉ đạo|Giao|Đề nghị|Yêu cầu)\s)/u,
      )
      .map((c) => c.trim())
      .filter((c) => c.length > 0)
  );
}

/** A body named by its kind alone, which is the issuer's (`về Sở (qua Phòng …)`, `về Bộ`). */
const OWN_BODY = /^(?:Sở|Bộ|Cục|Chi cục|Ban|Trung tâm)(?![\p{L}])(?!\s+\p{Lu})/u;

/**
 * `… về Sở để tổng hợp, ` (`để kịp thời tổng hợp`): the receiver gathers the reports, and what
 * follows is its own purpose.
 */
const PURPOSE = /(?:^|\s)để(?:\s+\p{Ll}+){0,2}\s+(?:tổng hợp|xem xét)\s*,?\s*$/u;

/** `Trình UBND tỉnh … để ` before `báo cáo`: the one submitted to reports, not the task's leads. */
const SUBMITTED_FOR = /(?:^|\s)trình\s[^.;]{0,80}\sđể\s*$/iu;
/** A case opening the report (`Trường hợp đặc biệt, báo cáo Chủ tịch UBND tỉnh …`): only if need be. */
const IN_CASE =
  /(?:^|[.;:]\s*)(?:trong\s+)?(?:trường hợp|khi cần thiết|nếu)(?![\p{L}])[^.;:]{0,60},\s*$/iu;
/** A report asked for only if need be (`… nếu có vấn đề phát sinh vượt thẩm quyền`). */
const IF_NEED_BE = /^\s*(?:\([^()]{0,60}\)\s*)?nếu có\s/u;

/**
 * Partners and report receivers within a clause, after its leads (`phối hợp với …`, `phối hợp giữa
 * các cơ quan: …`, `báo cáo … về …`).
 */
function othersIn(clause: string, from: number): { agency: AgencyMention; role: Role }[] {
  const found: { agency: AgencyMention; role: Role }[] = [];
  const rest = clause.slice(from);
  for (const match of rest.matchAll(
    /(?<![\p{L}])([pP]hối hợp(?:,\s*đôn đốc)?(?:\s+chặt chẽ)?(?:\s+với(?:\s+các\s+(?:cơ quan|đơn vị|lực lượng|ngành)(?:\s+(?:có\s+)?(?:chức năng|liên quan))?\s*(?:,\s*(?:gồm|như)\s*)?:)?|\s+giữa\s+(?:các\s+)?(?:cơ quan|đơn vị|lực lượng|ngành)(?:\s*,\s*(?:đơn vị|địa phương))?\s*:)?|[bB]áo cáo(?:\s+kết quả(?:\s+thực hiện)?)?\s+tại\s+(?:kỳ|phiên)\s+họp[^.;,]{0,60}?\s+của|[bB]áo cáo(?:\s*,?\s+(?:đề xuất|kiến nghị))\s+với|[bB]áo cáo(?:\s*,?\s+\p{Ll}+){0,12}\s*,\s*gửi\s+(?:về|cho|lên|tới)|[gG]ửi\s+ý kiến(?:\s+tham gia)?\s+(?:về|cho|lên|tới)|[bB]áo cáo(?:(?:\s+(?!(?:về|cho|lên|tới)(?![\p{L}]))(?:\p{Ll}+|Chiến dịch|Kế hoạch|Chương trình|Đề án|Nghị quyết|Chỉ thị|Kết luận|Cuộc thi|Hội thi|Phong trào)){1,10}\s+(?:về|cho|lên|tới)|\s+kết quả(?:\s+thực hiện)?(?:\s+(?:về|cho|với|lên))?|(?:\s+(?:về|cho|với|lên))?))\s+/gu,
  )) {
    const at = from + match.index + match[0].length;
    const role: Role = /^phối/iu.test(match[1]!) ? 'partner' : 'receives-report';
    // `… về Sở Công Thương để tổng hợp, báo cáo UBND tỉnh`: the writer's purpose, no one's task;
    // so is `Trình UBND tỉnh trước ngày … để báo cáo Bộ Công Thương` (the province reports).
    const before = clause.slice(0, from + match.index);
    if (
      role === 'receives-report' &&
      (PURPOSE.test(before) || SUBMITTED_FOR.test(before) || IN_CASE.test(before))
    )
      continue;
    const listed = agencyListAt(clause, at);
    // `… báo cáo Chủ tịch UBND tỉnh (qua Sở Nội vụ) nếu có vấn đề phát sinh`: only if need be.
    if (role === 'receives-report' && IF_NEED_BE.test(clause.slice(listed.end))) continue;
    for (const agency of listed.agencies) found.push({ agency, role });
    // `gửi báo cáo về Sở`: the department that writes, named by its kind alone.
    const own =
      role === 'receives-report' && listed.agencies.length === 0 && OWN_BODY.exec(clause.slice(at));
    if (own)
      found.push({
        agency: {
          written: own[0],
          name: own[0],
          person: false,
          end: at + own[0].length,
          issuer: true,
        },
        role,
      });
    // `… phối hợp với Sở Y tế chỉ đạo các trường học …`: those directed after the partners lead.
    if (role === 'partner' && listed.agencies.length > 0)
      for (const agency of directedAt(clause, listed.end).agencies)
        found.push({ agency, role: 'lead' });
  }
  return found;
}

/**
 * Those whom a directing verb right after `end` names (`… chỉ đạo Phòng Văn hóa …`), and where
 * their list ends; none when no such verb follows.
 */
function directedAt(
  clause: string,
  end: number,
  verb = DIRECTING_AFTER_SUBJECT,
): { agencies: AgencyMention[]; end: number } {
  const rest = clause.slice(end).replace(/^\s+/, '');
  const directing = verb.exec(rest);
  if (!directing) return { agencies: [], end };
  return agencyListAt(clause, clause.length - rest.length + directing[0].length);
}

/**
 * Who goes on after a clause where `directors` direct `directed`: the directors, except after an
 * introduction (`giao Ban cán sự đảng … lãnh đạo, chỉ đạo UBND tỉnh:`), whose points are the
 * tasks of both.
 */
const goingOn = (clause: string, directors: AgencyMention[], directed: AgencyMention[]) =>
  /:\s*$/.test(clause) ? [...directors, ...directed] : directors;

/**
 * Lower-case verbs, and only verbs, before a verb of giving (`chủ động hướng dẫn, đôn đốc, yêu cầu
 * các đơn vị …`): the one who gives is the clause's own actor, not the writer. Not a purpose or a
 * condition (`để kịp thời, đề nghị …`), nor the writer directing (`chỉ đạo, yêu cầu …`), nor a lone
 * adverb (`Đồng chí Phó Bí thư … cũng giao nhiệm vụ cho …`: the one who speaks gives).
 */
const ACTOR_VERBS = /^(?:[\p{Ll}\p{M}]+(?:\s*,)?\s+)+$/u;
const NOT_ACTOR_VERBS =
  /^(?:cũng|còn|đã)$|^(?:để|nhằm|khi|nếu|sau khi|trường hợp|qua|theo|căn cứ|trên cơ sở|vì|do|tuy|đồng thời)(?![\p{L}])|(?<![\p{L}])(?:chỉ đạo|lãnh đạo|kết luận|thống nhất|nhất trí|đồng ý|ý kiến|trân trọng|kính)(?![\p{L}])/iu;

/**
 * Who gives the task at `verbAt` when the clause's own actor does (`Sở Y tế chủ trì, yêu cầu các
 * bệnh viện …`; `…; chủ động hướng dẫn, yêu cầu các đơn vị …` after `5. Sở Xây dựng`): its subject,
 * or else the leads before; null where the writer gives it.
 */
function actorGiving(
  clause: string,
  verbAt: number,
  previousLeads: AgencyMention[],
): AgencyMention[] | null {
  // Most givings open their clause (`Giao Sở Y tế …`): no verb of the actor's own before them.
  if (!/\p{Ll}\s*,?\s*$/u.test(clause.slice(0, verbAt))) return null;
  const subject = subjectOf(clause);
  const from = subject.agencies.length > 0 ? subject.end : subject.opening;
  const verbs = clause.slice(from, verbAt);
  if (!ACTOR_VERBS.test(verbs.trimStart()) || NOT_ACTOR_VERBS.test(verbs.trim())) return null;
  if (subject.agencies.length > 0)
    return NOT_ACTING.test(verbs) || MEETING.test(verbs) ? null : subject.agencies;
  return previousLeads.length > 0 ? previousLeads : null;
}

/** What a clause gives with a verb of giving (`giao Sở Y tế …`, `Phân công đồng chí …`), or null. */
function givenIn(clause: string, previousLeads: AgencyMention[]): ClauseResult | null {
  for (const match of clause.matchAll(GIVING)) {
    const verbAt = match.index + match[0].indexOf(match[1]!);
    if (/^giao/iu.test(match[1]!) && NOT_GIVING.test(clause.slice(0, verbAt))) continue;
    const at = match.index + match[0].length;
    const { agencies, end } = agencyListAt(clause, at);
    const actors = agencies.length > 0 ? actorGiving(clause, verbAt, previousLeads) : null;
    if (actors) {
      const found = actors.map((agency) => ({ agency, role: 'lead' as Role }));
      return { leads: actors, found: [...found, ...othersIn(clause, end)] };
    }
    // `Giao Đảng ủy viên phụ trách các thôn chỉ đạo các chi bộ thôn …`: people unnamed, those
    // they direct are given the task.
    const directedByHolders = agencies.length === 0 ? holdersDirecting(clause, at) : null;
    if (directedByHolders) return directedByHolders;
    if (agencies.length === 0 || (CLOSING.test(clause.slice(end)) && agencies.some(isCollective)))
      continue;
    // `Giao Chủ tịch UBND các phường chịu trách nhiệm trước Chủ tịch UBND quận …; tổ chức …`: who
    // answers to whom is no task; the clauses after it are theirs.
    if (ACCOUNTABLE.test(clause.slice(end))) return { leads: agencies, found: [] };
    // `Đề nghị UBND huyện chỉ đạo Phòng Văn hóa …`: those it directs are given the task too.
    const further = directedAt(clause, end);
    // Those who direct go on to the next clause (`…; báo cáo …`); those directed do not.
    const found = [...agencies, ...further.agencies].map((agency) => ({
      agency,
      role: 'lead' as Role,
    }));
    return {
      leads: goingOn(clause, agencies, further.agencies),
      found: [...found, ...othersIn(clause, Math.max(end, further.end))],
    };
  }
  return null;
}

/** A people's council, written out or not, with its level where one is written (`HĐND tỉnh`). */
const COUNCIL = String.raw`(?:Hội đồng nhân dân|HĐND)`;
const COUNCIL_AT_LEVEL = String.raw`${COUNCIL}(?:\s+\p{Ll}+(?:\s+\p{Ll}+)?)?`;
/**
 * A council's closing formula: `Thường trực Hội đồng nhân dân, các Ban của Hội đồng nhân dân, các
 * Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết`, the level
 * written once at the end for all four.
 */
const COUNCIL_SUPERVISION = new RegExp(
  String.raw`^(?:Giao\s+)?Thường trực ${COUNCIL_AT_LEVEL}\s*,\s*(?:các\s+)?Ban (?:của\s+)?${COUNCIL_AT_LEVEL}\s*,\s*(?:các\s+)?Tổ đại biểu(?:\s+${COUNCIL_AT_LEVEL})?\s*(?:,|và)\s*(?:các\s+)?đại biểu ${COUNCIL}\s+(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)(?:\s+\p{Lu}\p{Ll}*)*\s+(?:có trách nhiệm\s+)?giám sát(?![\p{L}])`,
  'u',
);

/** The council's four bodies a supervision formula names, each at the level written last; or null. */
function councilSupervision(clause: string): ClauseResult | null {
  const opening = CLAUSE_OPENING.exec(clause)?.[0].length ?? 0;
  const formula = COUNCIL_SUPERVISION.exec(clause.slice(opening));
  if (!formula) return null;
  const end = opening + formula[0].length;
  const bodies = ['Thường trực HĐND', 'các Ban của HĐND', 'các Tổ đại biểu HĐND', 'đại biểu HĐND'];
  const leads = bodies.map((body) => {
    const name = `${body} ${formula[1]}`;
    return { written: name, name, person: false, end };
  });
  return { leads, found: leads.map((agency) => ({ agency, role: 'lead' as Role })) };
}

/** Office holders named by their office alone, in the plural or by what they are in charge of. */
const UNNAMED_HOLDERS =
  /^(?:các\s+)?(?:đồng chí\s+)?(?:Đảng ủy viên|Ủy viên|Thành ủy viên|Tỉnh ủy viên|Huyện ủy viên|Phó Chủ tịch|Phó Giám đốc|cán bộ)(?:\s+(?!chỉ đạo)\p{Ll}+){0,6}\s+(?=chỉ đạo\s)/u;

/** `Giao Đảng ủy viên phụ trách các thôn chỉ đạo các chi bộ thôn …`: those directed lead; null otherwise. */
function holdersDirecting(clause: string, at: number): ClauseResult | null {
  const holders = UNNAMED_HOLDERS.exec(clause.slice(at));
  if (!holders) return null;
  const directed = directedAt(clause, at + holders[0].length);
  if (directed.agencies.length === 0) return null;
  const found = directed.agencies.map((agency) => ({ agency, role: 'lead' as Role }));
  return { leads: directed.agencies, found: [...found, ...othersIn(clause, directed.end)] };
}

/** The leads a clause names and everyone it gives a part in its task. */
interface ClauseResult {
  leads: AgencyMention[];
  found: { agency: AgencyMention; role: Role }[];
}

/** A comma between a subject and its directing verb. */
const SUBJECT_COMMA = /^\s*,(?=\s*(?:lãnh đạo|chỉ đạo)(?![\p{L}]))/u;
/** `… chỉ đạo:` alone after the subject: the points below are what it directs. */
const DIRECTS_BELOW = /^\s*(?:lãnh đạo\s*,\s*)?chỉ đạo\s*:\s*$/u;
/**
 * A point's subject that issues what carries the document out (`ban hành Chương trình …`); not one
 * already issued, cited by its number or date (`ban hành Hướng dẫn số 44-HD/… ngày …`).
 */
const ISSUES =
  /^\s*ban hành\s+(?:chương trình|kế hoạch|nghị quyết|chỉ thị|hướng dẫn|văn bản)(?![\p{L}])(?![^.;]{0,40}?(?:số|ngày)\s*\d)/iu;

/**
 * The assignments a clause sets, given the leads of the clause before it (for `Phối hợp …`) and
 * whether it opens a numbered part.
 */
function assignmentsOfClause(
  clause: string,
  previousLeads: AgencyMention[],
  numbered = false,
): ClauseResult {
  // `Chánh Văn phòng …, Thủ trưởng các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này`:
  // the executory formula names who carries out the decision, it gives no task.
  if (IF_NEEDED.test(clause) || EXECUTORY.test(clause)) return { leads: [], found: [] };
  const supervising = councilSupervision(clause);
  if (supervising) return supervising;
  const given = givenIn(clause, previousLeads);
  if (given) return given;
  // `Chỉ đạo Sở Y tế: …`, `Ban cán sự đảng … chỉ đạo các đơn vị liên quan …`.
  const subject = subjectOf(clause);
  const { opening } = subject;
  const verb = subject.agencies.length > 0 ? DIRECTING_AFTER_SUBJECT : DIRECTING;
  // `1. Ủy ban nhân dân tỉnh, chỉ đạo các cơ quan …:`: a comma may part the subject from its verb.
  const comma = subject.agencies.length > 0 ? SUBJECT_COMMA.exec(clause.slice(subject.end)) : null;
  const first = directedAt(clause, subject.end + (comma?.[0].length ?? 0), verb);
  // `Ban cán sự đảng … lãnh đạo UBND quận chỉ đạo Ban Chỉ huy … triển khai …`: down the chain.
  const then =
    first.agencies.length > 0 ? directedAt(clause, first.end) : { agencies: [], end: first.end };
  const agencies = [...first.agencies, ...then.agencies];
  const { end } = then;
  if (agencies.length > 0) {
    // `b) Chỉ đạo Chi cục …` under `1. Sở Nông nghiệp …:`: the one who directs is the one before.
    const directors = subject.agencies.length > 0 ? subject.agencies : previousLeads;
    const found = [...directors, ...agencies].map((agency) => ({
      agency,
      role: 'lead' as Role,
    }));
    return {
      leads: directors.length > 0 ? goingOn(clause, directors, agencies) : agencies,
      found: [...found, ...othersIn(clause, end)],
    };
  }
  // `Công an Thành phố phối hợp …`, `Sở Lao động - Thương binh và Xã hội chủ trì, …`.
  if (subject.agencies.length > 0) {
    const after = clause.slice(subject.end + (comma?.[0].length ?? 0));
    // `Văn phòng Trung ương Đoàn: Là đơn vị thường trực, chủ trì …`: the agency, then its task.
    const named = /^\s*:\s*\p{Lu}/u.test(after);
    // `Các cơ quan, đơn vị báo cáo kết quả về UBND tỉnh trước ngày …`, `… gửi hồ sơ về Sở Nội vụ
    // trước ngày …`: a report or files due are a task, where `Sở Y tế báo cáo tình hình …` in a
    // meeting is not.
    if (ACCOUNTABLE.test(after)) return { leads: subject.agencies, found: [] };
    const reportDue = /^\s*(?:báo cáo|gửi)\s/iu.test(after) && saysWhen(after);
    // `2. Đảng ủy Khối chỉ đạo:` over points: a numbered part's body that directs what follows.
    const directsBelow = DIRECTS_BELOW.test(after) && (numbered || /^\s*\(?\d/u.test(clause));
    // `1. Bộ Chính trị ban hành Chương trình hành động …` under the plan's execution: a task,
    // where the writer's own `Tỉnh ủy ban hành Chương trình … như sau:` is not.
    const issuesInPoint = numbered && ISSUES.test(after) && !/:\s*$/u.test(clause);
    if (
      named ||
      reportDue ||
      directsBelow ||
      issuesInPoint ||
      (ACTING.test(after) && !NOT_ACTING.test(after) && !MEETING.test(after))
    ) {
      const found = subject.agencies.map((agency) => ({ agency, role: 'lead' as Role }));
      return { leads: subject.agencies, found: [...found, ...othersIn(clause, subject.end)] };
    }
  }
  return fundedIn(clause) ?? continuedIn(clause, opening, previousLeads);
}

/**
 * A clause whose subject is not at its start (`…, Ban cán sự đảng Chính phủ phối hợp …`), or
 * one that goes on with the leads before it.
 */
function continuedIn(
  clause: string,
  opening: number,
  previousLeads: AgencyMention[],
): ClauseResult {
  // `…, Ban cán sự đảng Chính phủ phối hợp chặt chẽ với …`: a subject after a comma, with a strong verb.
  for (const comma of clause.matchAll(/[,:]\s+/gu)) {
    const at = comma.index + comma[0].length;
    // A name in lower case after a comma goes on with the list before it (`của các đơn vị, địa phương`).
    if (!/^\p{Lu}/u.test(clause.slice(at))) continue;
    const inner = agencyListAt(clause, at);
    const verb = clause.slice(inner.end);
    if (
      inner.agencies.length > 0 &&
      /^\s*(?:chủ trì|phối hợp|có (?:trách nhiệm|nhiệm vụ))(?![\p{L}])/iu.test(verb) &&
      !MEETING.test(verb)
    ) {
      const found = inner.agencies.map((agency) => ({ agency, role: 'lead' as Role }));
      return { leads: inner.agencies, found: [...found, ...othersIn(clause, inner.end)] };
    }
  }
  // `(2) Phối hợp Bộ Tư lệnh Thủ đô …`, `…; báo cáo UBND Thành phố`, `…; hoàn thành việc số hóa
  // hồ sơ trước ngày 30/9/2024` (a task of its own, with its date): the previous leads go on.
  const others = othersIn(clause, opening);
  const rest = clause.slice(opening);
  // Not the end of a parenthesis cut by `;` (`điện thoại: 0988…) trước ngày …`).
  const datedTask =
    /^\p{Ll}/u.test(rest) && !/^[^(]*\)/u.test(rest) && saysWhen(rest) && !DEADLINE_ONLY.test(rest);
  if (
    previousLeads.length > 0 &&
    (others.length > 0 || datedTask || /^(?:phối hợp|chủ trì)/iu.test(rest))
  ) {
    const found = previousLeads.map((agency) => ({ agency, role: 'lead' as Role }));
    return { leads: previousLeads, found: [...found, ...others] };
  }
  return { leads: [], found: [] };
}

/** `Kinh phí … do`, before the body that pays. */
const FUNDED_BY = /(?:^|\s)[Kk]inh phí[^.;:]{0,120}?\s+do\s+/u;
/** What the paying body does with the funds. */
const FUNDING = /^\s*(?:bảo đảm|đảm bảo|chi trả|bố trí|cân đối|cấp|chi)(?![\p{L}])/u;

/** `Kinh phí giám sát do Văn phòng Ủy ban MTTQ tỉnh bảo đảm`: the payer leads; null otherwise. */
function fundedIn(clause: string): ClauseResult | null {
  const by = FUNDED_BY.exec(clause);
  if (!by) return null;
  const payers = agencyListAt(clause, by.index + by[0].length);
  if (payers.agencies.length === 0 || !FUNDING.test(clause.slice(payers.end))) return null;
  const found = payers.agencies.map((agency) => ({ agency, role: 'lead' as Role }));
  return { leads: payers.agencies, found };
}

/**
 * True when a clause ends with the agencies a verb gives a task to, or with those it is done with
 * (`Chủ trì, phối hợp với Chủ tịch UBND huyện, thành phố; thủ trưởng các ngành …`), and nothing
 * after them: the list goes on past the `;`.
 */
function endsWithGivenList(clause: string): boolean {
  const endOfLast = (pattern: RegExp) => {
    const last = [...clause.matchAll(pattern)].pop();
    return last ? last.index + last[0].length : -1;
  };
  const from = Math.max(
    endOfLast(GIVING),
    clause.includes('hối hợp') ? endOfLast(WITH_PARTNERS) : -1,
  );
  const { agencies, end } = agencyListAt(
    clause,
    from >= 0 ? from : (CLAUSE_OPENING.exec(clause)?.[0].length ?? 0),
  );
  return agencies.length > 0 && clause.slice(end).trim() === '';
}

/** `phối hợp (chặt chẽ) với`, before those a task is done with. */
const WITH_PARTNERS = /phối hợp(?:\s+chặt chẽ)?\s+với\s+/giu;

/** A block of text: its words, the anchor of the part it is in, and the shape of its marker. */
interface Block {
  text: string;
  anchor: string | null;
  /** `9.9.`, `a)`, `-`, or `ol`/`ul` for a list item whose marker the tree holds apart; null for none. */
  marker: string | null;
  /** A table (its text is empty): a plan's tasks may be its rows. */
  table?: Table;
}

/** True for a numbered part (`2.`, `2.1.`, an ordered list's item), not a dash or a letter. */
const isNumbered = (block: Block): boolean => /^(?:9|ol$)/u.test(block.marker ?? '');

/** The shape of a marker written in a block's text (`2.1.` → `9.9.`, `b)` → `a)`), or null. */
function writtenMarker(text: string): string | null {
  const marker = MARKER.exec(text)?.[0].trim();
  return marker ? marker.replace(/\d{1,2}/gu, '9').replace(/[a-zđ]/gu, 'a') : null;
}

/** What opens a point on its line: `a) `, `- `, `2.1. `. */
const POINT_START = String.raw`\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ][.)]|[-+•])\s+\S`;
/** A line that opens a point after a line that ends a sentence or an introduction. */
const POINT_LINE = new RegExp(String.raw`(?<=[:;.]\s*)\n(?=${POINT_START})`, 'gu');
/** A short first line without a stop (a heading: `Về nhiệm vụ, giải pháp`) over a point. */
const HEADED = new RegExp(String.raw`^([^\n]{2,90}[^\n.;:,])\n(?=${POINT_START})`, 'u');

/**
 * A paragraph cut at the points it holds line by line (`1. Chủ tịch UBND các tỉnh:` / `a) Chỉ
 * đạo …` / `b) Bố trí …`, written without blank lines), and after a heading line over its first
 * point: each is a block of its own.
 */
function pointsOf(text: string): string[] {
  const heading = HEADED.exec(text);
  const points = (heading ? text.slice(heading[0].length) : text).split(POINT_LINE);
  return heading ? [heading[1]!, ...points] : points;
}

/** The blocks of a tree in text order. */
function blocksOf(tree: Root, outline: OutlinePart[]): Block[] {
  const anchors = new Map<Paragraph | Heading, string>(outline.map((p) => [p.node, p.id]));
  const blocks: Block[] = [];
  let anchor: string | null = null;
  const visit = (node: RootContent, item: string | null) => {
    if (node.type === 'table') {
      blocks.push({ text: '', anchor, marker: null, table: node });
      return;
    }
    if (node.type === 'paragraph' || node.type === 'heading') {
      anchor = anchors.get(node) ?? anchor;
      pointsOf(toString(node)).forEach((text, k) =>
        blocks.push({ text, anchor, marker: (k === 0 ? item : null) ?? writtenMarker(text) }),
      );
      return;
    }
    if (!('children' in node)) return;
    const children = node.children as RootContent[];
    const ordered = node.type === 'list' ? (node.ordered ? 'ol' : 'ul') : null;
    for (const [k, child] of children.entries())
      visit(child, ordered ?? (node.type === 'listItem' && k === 0 ? item : null));
  };
  const children = tree.children;
  for (let k = 0; k < children.length; k++) {
    const child = children[k]!;
    const next = children[k + 1];
    // A header row over its cells one to a line (`cell-lines.ts`): one table.
    const whole =
      child.type === 'table' && next?.type === 'paragraph' ? tableFromCellLines(child, next) : null;
    if (whole) {
      blocks.push({ text: '', anchor, marker: null, table: whole });
      k++;
      continue;
    }
    visit(child, null);
  }
  return blocks;
}

/** Header words of a plan table's columns: who leads, who takes part, by when, what. */
const COLUMNS = {
  lead: /chủ trì|đơn vị thực hiện|cơ quan thực hiện|thực hiện|trách nhiệm/iu,
  partner: /phối hợp/iu,
  when: /thời gian|thời hạn|tiến độ|hoàn thành/iu,
  task: /nội dung|nhiệm vụ|công việc/iu,
};

/**
 * The rows of a plan table (`| Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |`): each
 * row's leads, partners and deadline; nothing when the table has no column of leads.
 */
function tableAssignments(table: Table, anchor: string | null, issued: string | null) {
  const [header, ...rows] = table.children.map((row) =>
    row.children.map((cell) => toString(cell).replace(/\s+/g, ' ').trim()),
  );
  if (!header) return [];
  const column = (pattern: RegExp, taken: number[] = []) =>
    header.findIndex((h, k) => pattern.test(h) && !taken.includes(k));
  const partner = column(COLUMNS.partner);
  const lead = column(COLUMNS.lead, [partner]);
  if (lead === -1) return [];
  const when = column(COLUMNS.when, [lead, partner]);
  const task = column(COLUMNS.task, [lead, partner, when]);
  const agenciesIn = (cells: string[], k: number) =>
    k === -1 ? [] : agencyListAt(cells[k] ?? '', 0).agencies;
  const found: FoundAssignment[] = [];
  for (const cells of rows) {
    const deadline = when === -1 ? whenIn('', issued) : whenInCell(cells[when] ?? '', issued);
    const words = task === -1 ? cells.join(' | ') : (cells[task] ?? '');
    const row = [
      ...agenciesIn(cells, lead).map((agency) => ({ agency, role: 'lead' as Role })),
      ...agenciesIn(cells, partner).map((agency) => ({ agency, role: 'partner' as Role })),
    ];
    found.push(...recorded(row, words, anchor, deadline));
  }
  return found;
}

/** A heading's marker and `Đối với`, `Về phía`, `Trách nhiệm (chung) của` before the bodies it names. */
const FOR_BODIES = new RegExp(
  String.raw`^\s*(?:${POINT_MARK}|[IVX]{1,4}\.\s*)?(?:Đối với|Về phía|(?:Trách nhiệm|Nhiệm vụ)(?:\s+chung)?\s+của)\s+(?=\p{Lu}|các\s)`,
  'u',
);

/** A marker, then `Đề nghị` before the bodies a numbered part asks. */
const ASKED = new RegExp(
  String.raw`^\s*(?:${POINT_MARK})?(?:Kính\s+)?[Đđ]ề nghị\s+(?=\p{Lu}|các\s)`,
  'u',
);

/** What may follow the names of a heading that only names: a remark in brackets (`(cơ quan thường trực)`). */
const ONLY_A_REMARK = /^\s*(?:\([^)]{0,40}\))?\s*\.?\s*$/u;

/**
 * A regulation's article (`Điều 4. Sở Lao động - Thương binh và Xã hội có nhiệm vụ`, `Điều 5.
 * Trách nhiệm của Kho bạc Nhà nước`): a heading, whose title needs no colon.
 */
const ARTICLE = /^\s*Điều\s+\d{1,3}[a-z]?\s*[.:]\s*/u;

/** What may follow a heading's names: its duties announced (`có nhiệm vụ`, `thực hiện`). */
const HEADING_REST = String.raw`^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:có|chịu) trách nhiệm|có nhiệm vụ(?:\s*(?:,|và)\s*quyền hạn)?|thực hiện(?:\s+các nhiệm vụ)?)?(?:\s+sau)?\s*`;
/** The same, then the colon that ends a heading; an article's title may go without. */
const HEADING_END = new RegExp(`${HEADING_REST}:\\s*$`, 'iu');
const ARTICLE_END = new RegExp(`${HEADING_REST}:?\\s*$`, 'iu');

/** `1. Sở Nông nghiệp và Phát triển nông thôn:` alone: the agencies the points below are for. */
function headingAgencies(text: string, numbered: boolean): AgencyMention[] | null {
  const article = ARTICLE.exec(text)?.[0].length;
  const from = article ?? 0;
  // `1. Đối với Phòng Giáo dục và Đào tạo các huyện:`: the bodies the topic names are the heading's.
  const topic = FOR_BODIES.exec(text.slice(from))?.[0].length;
  // `7. Đề nghị Ủy ban MTTQ thành phố`: a numbered part that asks a body and says nothing more.
  const asked = numbered ? ASKED.exec(text.slice(from))?.[0].length : undefined;
  const opening = from + (topic ?? asked ?? CLAUSE_OPENING.exec(text.slice(from))?.[0].length ?? 0);
  const { agencies, end } = agencyListAt(text, opening);
  if (agencies.length === 0) return null;
  const rest = text.slice(end);
  // `1.4. Trung tâm truyền thông thanh thiếu nhi`, a numbered part that only names: a heading too.
  if ((numbered || article !== undefined) && ONLY_A_REMARK.test(rest)) return agencies;
  if (asked !== undefined) return null;
  return (article === undefined ? HEADING_END : ARTICLE_END).test(rest) ? agencies : null;
}

/**
 * A clause that only says by when (`hoàn thành trước ngày 25/9/2023`, `Yêu cầu hoàn thiện, gửi Văn
 * phòng UBND tỉnh trước ngày …`: the work finished and sent; `Trình UBND tỉnh trước ngày …`: the
 * work submitted): the clause before's deadline. `hoàn thành việc số hóa hồ sơ … trước ngày …`
 * names a task of its own, and so does a report sent by a date (`…; gửi báo cáo về Sở … trước
 * ngày …`).
 */
const DEADLINE_ONLY =
  /^(?:và\s+|(?:yêu cầu|đề nghị)\s+)?(?:(?:hoàn thành|hoàn thiện|xong)(?=\s*(?:[,.;:]|$)|\s+(?:trước|trong|chậm nhất|xong|đúng|vào|đến)(?![\p{L}])|(?:\s*,\s*|\s+và\s+|\s+)(?:gửi|nộp)\s[^.;:]{0,80}?(?:trước|chậm nhất)(?![\p{L}]))|trình\s+[^.;:]{0,60}?(?:trước|chậm nhất)\s+ngày|(?:thời hạn|thời gian(?:\s+hoàn thành|\s+thực hiện)?|chậm nhất|trước ngày|hạn)(?![\p{L}]))/iu;

/** Whether text opens by saying by when (`Thời gian hoàn thành …, chậm nhất ngày …`). */
function opensWithDeadline(text: string): boolean {
  return DEADLINE_ONLY.test(text.slice(CLAUSE_OPENING.exec(text)?.[0].length ?? 0));
}

/** The same body in the same role by the same dates. */
const sameTask = (a: FoundAssignment, b: FoundAssignment) =>
  a.agency.name === b.agency.name && a.role === b.role && a.deadlines.join() === b.deadlines.join();

/**
 * `Thời gian hoàn thành: trước ngày 30/11/2024` on a line of its own: the date of the block before
 * (`before`); so it is where the line goes on (`…, chậm nhất ngày 14/5/2021 và báo cáo kết quả về
 * …`), whose tasks (`found`) for the same bodies by the same date are then the ones before.
 */
function dueAfter(
  text: string,
  found: FoundAssignment[],
  before: FoundAssignment[],
  issued: string | null,
  dropped: Set<FoundAssignment>,
): void {
  if (found.length > 0 && !opensWithDeadline(text)) return;
  dueOnItsOwn(text, whenIn(text, issued), before);
  for (const a of found) if (before.some((b) => sameTask(a, b))) dropped.add(a);
}

/**
 * Text that only says by when (a clause, or a block of its own) gives its deadline (`when`) to the
 * tasks before it that have none.
 */
function dueOnItsOwn(text: string, when: When, before: FoundAssignment[]): void {
  if (!opensWithDeadline(text) || when.deadlines.length === 0) return;
  for (const a of before.filter((p) => p.deadlines.length === 0))
    Object.assign(a, { deadlines: when.deadlines, deadlineText: when.text });
}

/** The points under an introduction (`Giao UBND xã Bình Yên:`, `1. Sở Tài chính:`), while they last. */
interface Introduction {
  leads: AgencyMention[];
  anchor: string | null;
  marker: string | null;
  /** What the introduction itself gave: dropped once a point below gives those leads a task. */
  own: FoundAssignment[];
  used: boolean;
  /**
   * Whether each point below is the leads' task: under a heading, a giving (`Giao …:`) or a duty
   * (`… có trách nhiệm:`); not under a description (`Ban tổ chức trao … gồm:`).
   */
  pointsAreTasks: boolean;
  /** Named by a heading alone (`2. Sở Tài chính:`): its paragraphs are its tasks, marked or not. */
  heading: boolean;
  /** It announces what follows (`… các nội dung sau:`): the numbered parts after it are its points. */
  spansParts: boolean;
}

/** The section a part's anchor is in (`khoan-2-3` → `2`), or '' outside sections. */
function sectionOf(anchor: string | null): string {
  return (
    /^(?:muc|khoan)-(\d+)-/u.exec(anchor ?? '')?.[1] ?? /^muc-(\d+)$/u.exec(anchor ?? '')?.[1] ?? ''
  );
}

/** The type of a document that tells what was done; only its sections that look ahead give tasks. */
const REPORT = 'Báo cáo';

/**
 * What a text's assignments depend on besides the text: the date it was issued (whose year completes its dates), and
 * whether it is a report.
 */
export interface Reading {
  issued: string | null;
  report: boolean;
}

/** A document's reading, from its date and type. */
export function readingOf(document: { date: string | null; type: string | null }): Reading {
  return { issued: document.date, report: document.type === REPORT };
}

/** A report's section that looks ahead (`II. NHIỆM VỤ 6 THÁNG CUỐI NĂM`, `Phương hướng`, `Kiến nghị`). */
const AHEAD =
  /nhiệm vụ|phương hướng|giải pháp|kiến nghị|đề xuất|đề nghị|tổ chức thực hiện|thời gian tới/iu;

/**
 * The sections of a report that tell what was done (`I. KẾT QUẢ THỰC HIỆN`): their sentences
 * (`Tỉnh đoàn Hà Tĩnh thành lập 615 đội hình …`) are no tasks. By their numbers.
 */
function pastSections(outline: OutlinePart[]): Set<string> {
  const heads = outline.filter((part) => part.depth === 1 && /^muc-\d+$/u.test(part.id));
  return new Set(
    heads.filter((part) => !AHEAD.test(part.label.slice(0, 80))).map((part) => sectionOf(part.id)),
  );
}

/** A section that lists who attends (`IV. THÀNH PHẦN THAM DỰ`, `Đại biểu mời`): no tasks. */
const ATTENDANCE =
  /^\s*(?:[IVXLC]+|\d{1,2})?\s*[.)]?\s*(?:thành phần|đại biểu|khách mời)(?![\p{L}])/iu;

/**
 * The sections that give no tasks, by their numbers: those listing who attends, and in a report
 * those that tell what was done.
 */
function silentSections(outline: OutlinePart[], report: boolean): Set<string> {
  const heads = outline.filter((part) => part.depth === 1 && /^muc-\d+$/u.test(part.id));
  const attendance = heads.filter((part) => ATTENDANCE.test(part.label));
  return new Set([
    ...(report ? pastSections(outline) : []),
    ...attendance.map((part) => sectionOf(part.id)),
  ]);
}

/** An introduction that gives duties (`… có trách nhiệm:`, `… thực hiện các nhiệm vụ sau:`). */
const DUTY = /(?<![\p{L}])(?:nhiệm vụ|trách nhiệm)(?![\p{L}])/iu;

/** An introduction that directs (`UBND tỉnh, chỉ đạo các cơ quan …:`, `Đảng ủy Khối chỉ đạo:`). */
const DIRECTS = /(?<![\p{L}])chỉ đạo(?![\p{L}])/iu;

/** A point's marker written in its text (`2.1.`, `b)`, `-`). */
const MARKER = /^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|\(?[a-zđ][.)]|[-+•])\s+/u;

/** A topic's title (`Về công tác xét nghiệm diện rộng`): it heads tasks, it is none. */
const TOPIC = /^(?:Về|Đối với)\s[^:]*$/u;

/** A point that gives the writer's stance (`Cơ bản nhất trí cao với Báo cáo …`), not a task. */
const STANCE =
  /^(?:(?:Cơ bản|Về cơ bản)\s+)?(?:nhất trí|thống nhất|đồng ý|biểu dương|ghi nhận|đánh giá cao|hoan nghênh)(?![\p{L}])/iu;

/** A point that reads as a task: it opens with a capitalised word and says something. */
const TASK_POINT = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+[\p{L}\p{N}\p{M}"“(][^\s]*){2,}/u;

/** A point's first clause, when it is the task of the agencies an introduction names; or null. */
function pointTask(clause: string, under: Introduction | null, marker: string | null) {
  const words = clause.replace(MARKER, '');
  if (!under?.pointsAreTasks || !(marker || under.heading) || /:\s*$/.test(clause)) return null;
  if (!TASK_POINT.test(words) || TOPIC.test(words) || STANCE.test(words)) return null;
  const opening = CLAUSE_OPENING.exec(clause)?.[0].length ?? 0;
  const found = under.leads.map((agency) => ({ agency, role: 'lead' as Role }));
  return { leads: under.leads, found: [...found, ...othersIn(clause, opening)] };
}

/** The assignments of a clause or a table row, each agency and role once, with its deadline. */
function recorded(parts: ClauseResult['found'], task: string, anchor: string | null, when: When) {
  const seen = new Set<string>();
  const found: FoundAssignment[] = [];
  for (const { agency, role } of parts) {
    const key = `${agency.name}|${role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({
      agency,
      role,
      task: task.length > 300 ? `${task.slice(0, 299)}…` : task,
      anchor,
      deadlines: when.deadlines,
      deadlineText: when.text,
      recurrence: when.recurrence,
    });
  }
  return found;
}

/** A short numbered first line with no stop, before a line that opens a sentence. */
const HEADING_LINE =
  /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]+\.)\s+[^\n.;:,]{2,90}\n(?=\s*\p{Lu})/u;
/** A line ending on a word that needs what follows (`của`, `và`, `với` …). */
const WRAPPED_ON = /\s(?:của|và|với|cho|về|các|những|để|theo|tại|trong|từ|đến|hoặc)\s*\n?$/u;
/** The same when the tree holds the marker apart. */
const UNMARKED_HEADING_LINE = /^\s*[^\n.;:,]{2,90}\n(?=\s*\p{Lu})/u;

/**
 * A first line that is one name the text defined whole (`Các chi đoàn, đoàn cơ sở khối cơ quan,
 * trường học`, commas and all) over a capitalised line, as `[line + newline]`; null otherwise.
 */
function namedLine(text: string): [string] | null {
  const line = /^[^\n]{4,120}\n(?=\s*\p{Lu})/u.exec(text)?.[0];
  return line && agencyAt(line, 0)?.end === line.trimEnd().length ? [line] : null;
}

/**
 * A block whose first line is a short numbered heading with no stop (`2. Thời gian gửi hồ sơ`)
 * and whose next line opens a sentence with an agency: the sentence alone, so that its subject
 * opens a clause. A heading that only names agencies, over a sentence without a subject, is its
 * subject (`Văn phòng Hội Nông dân tỉnh: Dự trù kinh phí …`).
 */
function withoutHeadingLine(text: string, marked: boolean): string {
  const heading =
    HEADING_LINE.exec(text) ??
    (marked ? (UNMARKED_HEADING_LINE.exec(text) ?? namedLine(text)) : null);
  // `a) Chỉ đạo … Chương trình hành động của` / `Chính phủ thực hiện …`: a line that ends on a word
  // needing what follows is a sentence wrapped, not a heading.
  if (!heading || WRAPPED_ON.test(heading[0])) return text;
  // Only a heading that names no one, over a sentence whose subject is an agency: a line wrapped
  // before a name (`Sở Tài chính phối hợp với` / `Sở Y tế …`) stays one sentence.
  const line = heading[0];
  const opening = CLAUSE_OPENING.exec(line)?.[0].length ?? 0;
  const rest = text.slice(line.length);
  const sentence = rest.trimStart();
  const named = agencyListAt(line, opening);
  // `1. Ban Kinh tế - Xã hội Hội Nông dân tỉnh` / `Chủ trì, phối hợp …`: the heading is who does it.
  if (
    named.agencies.length > 0 &&
    ONLY_A_REMARK.test(line.slice(named.end)) &&
    !agencyAt(sentence, 0)
  ) {
    const names = line.slice(opening, named.end);
    // `Chỉ đạo …` after a colon would open a clause of its own: the names are its subject instead.
    return /^(?:Chỉ đạo|Giao|Đề nghị|Yêu cầu)\s/u.test(sentence)
      ? `${names} ${sentence.charAt(0).toLocaleLowerCase('vi')}${sentence.slice(1)}`
      : `${names}: ${sentence}`;
  }
  if (agencyAt(line, opening) || !agencyAt(sentence, 0)) return text;
  return rest;
}

/** What a block of text gives, clause by clause, under the introduction before it (if any). */
function readBlock(
  text: string,
  block: Block,
  under: Introduction | null,
  next: string,
  issued: string | null,
): BlockReading {
  let leads: AgencyMention[] = under?.leads ?? [];
  const found: FoundAssignment[] = [];
  let closing: FoundAssignment[] = [];
  let previous: FoundAssignment[] = [];
  const clauses = clausesOf(withoutHeadingLine(text, block.marker !== null));
  for (let c = 0; c < clauses.length; c++) {
    let clause = clauses[c]!;
    // `Đề nghị Sở Chỉ huy …; Ban Chỉ đạo các phường thực hiện …`: one list cut by `;`.
    while (c + 1 < clauses.length && endsWithGivenList(clause))
      clause = `${clause}; ${clauses[++c]}`;
    const numbered = c === 0 && isNumbered(block);
    let result = assignmentsOfClause(clause, leads, numbered);
    // `- Kiện toàn Ban Chỉ đạo …` under `5. UBND các huyện:`: a point's first clause is their
    // task, unless it names who answers to whom (`- Chủ tịch UBND các xã chịu trách nhiệm trước …`).
    if (result.found.length === 0 && result.leads.length === 0 && c === 0)
      result = pointTask(clause, under, block.marker) ?? result;
    if (result.leads.length > 0) leads = result.leads;
    // `Các Văn phòng thừa phát lại báo cáo tình hình …; đồng thời rà soát …, hoàn thành trước
    // ngày …`: a clause that gives nothing still names who goes on with `đồng thời` (`trên cơ sở
    // đó chủ trì …`).
    else if (/^(?:đồng thời|trên cơ sở đó)\s/iu.test(clauses[c + 1] ?? '')) {
      const { agencies } = subjectOf(clause);
      if (agencies.length > 0) leads = agencies;
    }
    const when = whenIn(clause, issued);
    if (result.found.length === 0) {
      // `…; hoàn thành trước ngày 25/9/2023`: the deadline of the task before.
      dueOnItsOwn(clause, when, previous);
      continue;
    }
    // `Giao Sở Y tế:` heads the points that follow: they are the task. A next block that is a
    // heading itself (`1. Sở Nông nghiệp và Phát triển nông thôn:`) is not.
    const following = clauses.slice(c + 1).join('; ') || (/:\s*$/.test(next) ? '' : next);
    const task = /:\s*$/.test(clause) ? `${clause} ${following}`.trim() : clause;
    const given = recorded(result.found, task, block.anchor, when);
    // `Thời gian hoàn thành …, chậm nhất ngày 14/5/2021 và báo cáo kết quả về …`: the date is the
    // task's before too, and what the clause gives those bodies again by it is that task.
    const before = opensWithDeadline(clause) ? previous : [];
    dueOnItsOwn(clause, when, before);
    previous = given.filter((a) => !before.some((b) => sameTask(a, b)));
    found.push(...previous);
    if (c === clauses.length - 1) closing = previous;
  }
  if (DEADLINE_AT_END.test(clauses.at(-1) ?? '')) dueForTheWholePoint(found, closing);
  return { found, leads, clauses, closing };
}

/** A deadline in brackets closing a point (`… (hoàn thành trong tháng 01/2026).`). */
const DEADLINE_AT_END =
  /\(\s*(?:hoàn thành|xong|thực hiện xong|thời gian|thời hạn|trước|trong)[^()]{0,60}\)\s*[.;]?\s*$/iu;

/**
 * `… quán triệt Nghị quyết …; cụ thể hóa thành kế hoạch … (hoàn thành trong tháng 01/2026).`: the
 * bracketed deadline that closes a point is also that of the same agencies' earlier clauses there.
 */
function dueForTheWholePoint(found: FoundAssignment[], closing: FoundAssignment[]): void {
  const due = closing.find((a) => a.deadlines.length > 0);
  if (!due) return;
  const keys = new Set(closing.map((a) => `${a.agency.name}|${a.role}`));
  for (const a of found)
    if (a.deadlines.length === 0 && keys.has(`${a.agency.name}|${a.role}`))
      Object.assign(a, { deadlines: due.deadlines, deadlineText: due.deadlineText });
}

/** What a block gives: its assignments, the leads it ends with, its clauses, its last clause's assignments. */
interface BlockReading {
  found: FoundAssignment[];
  leads: AgencyMention[];
  clauses: string[];
  closing: FoundAssignment[];
}

/** The agencies a clause opens with after its opening words (markers, a topic), as its subject. */
function subjectOf(clause: string): { agencies: AgencyMention[]; end: number; opening: number } {
  const opening = CLAUSE_OPENING.exec(clause)?.[0].length ?? 0;
  const listed = agencyListAt(clause, opening);
  if (listed.agencies.length > 0) return { ...listed, opening };
  const unknown = unknownSubjectAt(clause, opening);
  return unknown ? { agencies: [unknown], end: unknown.end, opening } : { ...listed, opening };
}

/**
 * A body the tables do not know, named at the clause's start right before what it is told to do
 * (`Đoàn công tác liên ngành có trách nhiệm …`, `Chi hội Người cao tuổi thôn chủ trì …`): its
 * words can only be its name. Kept as written; a capital opens it, and it holds no word that
 * opens a predicate.
 */
const UNKNOWN_SUBJECT =
  /^(\p{Lu}[\p{Ll}\p{M}]*(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|[\p{Ll}\p{M}]+)){1,7}?)(?=\s+(?:chủ trì|có trách nhiệm|có nhiệm vụ)(?![\p{L}]))/u;
/** Words that open or carry a predicate, never inside a body's name. */
const NOT_IN_NAME =
  /(?<![\p{L}])(?:các|những|của|để|trong|ngoài|khi|nếu|đã|sẽ|được|bị|cần|phải|đang|việc|này|đó|cùng|với|theo|tại|từ|đến|cho|là|thì|mà|thực hiện|tiếp tục|tăng cường|đẩy mạnh|triển khai|tổ chức|chỉ đạo|giao|đề nghị|yêu cầu|đồng thời|trường hợp|năm|tháng|ngày)(?![\p{L}])/iu;

/** Words that name a kind of body, not one body (`Đơn vị`, `Cơ quan chủ quản`). */
const GENERIC_NAME =
  /^(?:Đơn vị|Cơ quan|Địa phương|Bộ phận|Cá nhân|Tổ chức|Người|Ai|Mỗi|Mọi)(?![\p{L}])/u;

/** The body `UNKNOWN_SUBJECT` names from `at`, or null. */
function unknownSubjectAt(clause: string, at: number): AgencyMention | null {
  const words = UNKNOWN_SUBJECT.exec(clause.slice(at))?.[1];
  if (!words || NOT_IN_NAME.test(words) || GENERIC_NAME.test(words)) return null;
  const after = clause.slice(at + words.length);
  // `Đơn vị chủ trì thực hiện: …` labels a body named after it; chairing a meeting is no task.
  if (MEETING.test(after) || /^\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}\s*:/u.test(after)) return null;
  return { written: words, name: words, person: false, end: at + words.length };
}

/** Those an introduction speaks to as a whole, whatever they are (`yêu cầu các đơn vị …:`). */
const ANY_UNIT = /^các (?:cơ quan, )?(?:đơn vị|cơ quan|địa phương)(?: liên quan)?$/u;

/**
 * True when an introduction spoke to every unit as a whole and a point under it names the body it
 * gives its task to (`2. Đội Quản lý thị trường số 3 chủ trì …`): the points say who does what.
 */
function namesOwnLeads(introduced: Introduction, found: FoundAssignment[]): boolean {
  return (
    introduced.leads.every((lead) => ANY_UNIT.test(lead.name)) &&
    found.some((a) => a.role === 'lead' && !ANY_UNIT.test(a.agency.name))
  );
}

/** The assignments of `found` that `leads` lead. */
function ledBy(found: FoundAssignment[], leads: AgencyMention[]): FoundAssignment[] {
  const names = new Set(leads.map((a) => a.name));
  return found.filter((a) => a.role === 'lead' && names.has(a.agency.name));
}

/** The introduction a block makes when it ends with a colon and names who the points are for. */
function introductionOf(text: string, block: Block, read: BlockReading): Introduction | null {
  const last = read.clauses[read.clauses.length - 1] ?? '';
  // `Điều 2. Giao Giám đốc Sở Giáo dục và Đào tạo`: an article's title introduces without a colon.
  const introduces = /:\s*$/.test(text) || (ARTICLE.test(text) && endsWithGivenList(last));
  if (!introduces || read.leads.length === 0) return null;
  return {
    leads: read.leads,
    anchor: block.anchor,
    marker: block.marker,
    // `X … trình … trước ngày 20/10/2024. Trong đó chú ý một số nội dung sau:`: a dated clause
    // before the one that introduces the points is a task of its own, which they do not replace.
    own: ledBy(
      read.found.filter((a) => read.closing.includes(a) || a.deadlines.length === 0),
      read.leads,
    ),
    used: false,
    pointsAreTasks: [...last.matchAll(GIVING)].length > 0 || DUTY.test(last) || DIRECTS.test(last),
    heading: false,
    spansParts: /(?:sau|như sau|dưới đây)\s*:\s*$/u.test(text) || ARTICLE.test(text),
  };
}

/** The introduction a heading that only names agencies makes (`1. Sở Tài chính:`), or null. */
function headingOf(text: string, block: Block): Introduction | null {
  const agencies = headingAgencies(text, isNumbered(block));
  if (!agencies) return null;
  // An article's points are parts of their own (`khoan-1`): they stay under it to the next article.
  return { ...headingIntroduction(agencies, block), spansParts: ARTICLE.test(text) };
}

/** `1. Sở Tài chính:`: every paragraph and point under it, marked or not, is the agency's task. */
function headingIntroduction(leads: AgencyMention[], { anchor, marker }: Block): Introduction {
  const flags = { used: false, pointsAreTasks: true, heading: true, spansParts: false };
  return { leads, anchor, marker, own: [], ...flags };
}

/**
 * True for a block that names bodies and gives nothing: a header in capitals (`ỦY BAN NHÂN DÂN …
 * CỘNG HÒA XÃ HỘI …`), a decision's authority over its legal basis (`GIÁM ĐỐC CÔNG TY` / `Căn cứ …`).
 */
function namesOnlyBodies(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length > 0 && letters.replace(/\p{Lu}/gu, '').length < letters.length * 0.4)
    return true;
  return /^[^\p{Ll}\n]+\n\s*Căn cứ\s/u.test(text);
}

/** A section's heading in capitals that gives one body's duties, with the body's name. */
const DUTIES_HEADING =
  /^\s*(?:[IVX]{1,4}|\d{1,2})\.\s+(?:NHIỆM VỤ|TRÁCH NHIỆM)(?:\s+(?:CHỦ YẾU|CỤ THỂ|CHÍNH|TRỌNG TÂM))?\s+CỦA\s+([^\n:]+?)\s*:?\s*$/u;

/**
 * `II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG`: the points of the section, without a
 * subject of their own, are that body's tasks; null for any other block, or a body the header
 * tables do not know.
 */
function sectionForDuties(text: string, block: Block): Introduction | null {
  const heading = DUTIES_HEADING.exec(text);
  const body = heading ? issuerFromHeader([heading[1]!]) : null;
  if (!heading || !body) return null;
  const lead = { written: heading[1]!, name: body.name, person: false, end: text.length };
  return { ...headingIntroduction([lead], block), spansParts: true };
}

/** True when a block is past the points of an introduction (another part, or a sibling marker). */
function endsIntroduction(introduced: Introduction, block: Block): boolean {
  const { anchor, marker } = block;
  const sibling = !!marker && marker === introduced.marker;
  // An article's duties (`Điều 4. Sở … có nhiệm vụ`) hold its clauses, up to the next article or chapter.
  if (introduced.spansParts && /^dieu-/u.test(introduced.anchor ?? ''))
    return sibling || (anchor !== introduced.anchor && /^(?:dieu|chuong|muc)-/u.test(anchor ?? ''));
  const sameSection = introduced.spansParts && sectionOf(anchor) === sectionOf(introduced.anchor);
  return (introduced.anchor !== anchor && !sameSection) || sibling;
}

/** The labels of the addressee lists: `Kính gửi` and `Nơi nhận`, as a pattern's source. */
const ADDRESSEE_WORDS = `(?:Kính gửi|${RECIPIENTS_LABEL})`;
/** `Kính gửi:` or `Nơi nhận:` opening a line, with what follows on it. */
const ADDRESSEE_LABEL = new RegExp(String.raw`(?:^|\n)\s*${ADDRESSEE_WORDS}\s*:\s*([^\n]*)`, 'u');
/** A block that opens with `Kính gửi` or `Nơi nhận`. */
const ADDRESSEE_OPENING = new RegExp(String.raw`^\s*${ADDRESSEE_WORDS}`, 'u');
/** The distribution list's label opening a line, also in a table's cell. */
const DISTRIBUTION = new RegExp(String.raw`(?:^|\n)[\s|]*${RECIPIENTS_LABEL}\s*:`, 'iu');

/** A header's line: its number, its place and date, its subject, its addressees. */
const HEADER_LINE = /^\s*(?:Số|V\/v|Kính gửi)(?![\p{L}])|,\s*ngày\s.*năm\s+\d{4}\s*$/u;

/** True when a line prints a motto. */
const printsMotto = (line: string) => mottoOfLine(line).length > 0;

/**
 * A block without the header it opens with (a motto in its first lines), where no blank line set
 * it apart (`… CỘNG HÒA …` / `Số: …` / `Kính gửi: …` / the first paragraph): read from the line
 * after the header's last (a number, date, subject or addressee line). Null where what is left is
 * a header and nothing else: a short block that prints the motto.
 */
function afterHeader(text: string): string | null {
  const lines = text.split('\n');
  const first = lines.slice(0, HEADER_LINES);
  // Each line's motto is looked for once: the first lines' here, a later line's only if needed.
  const printed = first.map(printsMotto);
  if (!printed.includes(true)) return withoutHeaderCells(lines) ?? text;
  const opening = first.findLastIndex((line) => HEADER_LINE.test(line)) + 1;
  const rest = lines.slice(opening);
  if (rest.length > HEADER_LINES) return rest.join('\n');
  const onlyHeader =
    printed.slice(opening).includes(true) || lines.slice(HEADER_LINES).some(printsMotto);
  return onlyHeader ? null : rest.join('\n');
}

/**
 * A line of a header's table as a web page copies it, after the motto's block: a cell's bar, the
 * number, the place and date (broken after `ngày`), the type and subject in capitals.
 */
const HEADER_CELL =
  /^\s*\|?\s*$|^\s*(?:Số|V\/v)(?![\p{L}])|,\s*ngày(?:\s.*năm\s+\d{4})?\s*$|^\s*(?:ngày\s+)?\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$|^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/**
 * A block that opens with a header's cells (`|` / `Số: …` / `Thanh Hoá, ngày` / `CHỈ THỊ` / `VỀ
 * …`) and goes on with its first paragraph, which no blank line set apart: the paragraph alone.
 * Null for a block that does not open so, or has nothing after the cells.
 */
function withoutHeaderCells(lines: string[]): string | null {
  if (!/^\s*(?:\||Số(?![\p{L}]))/u.test(lines[0] ?? '')) return null;
  // A subject's lines after `V/v` go on in lower case (`V/v tăng cường …` / `phòng chống dịch …`).
  let subject = false;
  const opening = lines.findIndex((line) => {
    const cell = HEADER_CELL.test(line) || (subject && /^\s*\p{Ll}/u.test(line));
    subject = cell && (subject || /^\s*V\/v(?![\p{L}])/u.test(line));
    return !cell;
  });
  return opening > 0 ? lines.slice(opening).join('\n') : null;
}

/** At most so many lines in a block that is a header (it prints a motto) and nothing else. */
const HEADER_LINES = 12;

/**
 * The items of the addressee lists (`Kính gửi:` and `Nơi nhận:`, over the points after them, or
 * on the same line), by their blocks: the names the text itself uses for the bodies it writes to,
 * which give no task of their own.
 */
function addresseesOf(blocks: Block[]): Map<Block, string> {
  const items = new Map<Block, string>();
  let listing = false;
  let last = '';
  for (const block of blocks) {
    const opening = ADDRESSEE_LABEL.exec(block.text);
    if (opening) {
      listing = true;
      // `Kính gửi: Sở Y tế tỉnh …` on one line; not the signature's column (`GIÁM ĐỐC`).
      const inline = opening[1]!.replace(/^[-–+•]\s*/u, '');
      if (/\p{Ll}/u.test(inline)) items.set(block, inline);
      last = inline;
      continue;
    }
    // An addressee is a name, one short line, marked or after an item ending with `;`; a point
    // of text ends the list.
    const short = block.text.length <= 150 && !block.text.includes('\n');
    const marked = block.marker === 'ul' || /^[-–+•]\s/u.test(block.text);
    if (listing && short && (marked || /;\s*$/u.test(last))) {
      items.set(block, block.text.replace(/^[-–+•]\s*/u, ''));
      last = block.text;
    } else listing = false;
  }
  return items;
}

/**
 * Reads the names a text defines for itself (`… (NHNN tỉnh)`, `1. Phòng Quản lý vận tải, phương
 * tiện và người lái`, its addressees: `defineNames`); returns the addressee blocks, no tasks.
 */
function namesOfText(blocks: Block[]): Map<Block, string> {
  const addressees = addresseesOf(blocks);
  defineNames(
    blocks.map((block) => block.text).join('\n'),
    blocks.filter(isNumbered).map(headingLineOf),
    [...addressees.values()],
  );
  return addressees;
}

/** A numbered block's first line without its marker (`3. Phòng Quản lý …` → `Phòng Quản lý …`). */
function headingLineOf(block: Block): string {
  const line = block.text.split('\n')[0] ?? '';
  return line.slice(CLAUSE_OPENING.exec(line)?.[0].length ?? 0).trim();
}

/** A block that stops in the middle of a sentence, on a word that cannot end one. */
const MID_SENTENCE = /\s(?:của|cho|với|và|các|những|theo|tại|về|để|do|từ|trong)$/u;

/**
 * `… theo phân công của` / blank / `Ban Tổ chức ngày hội.`: a sentence a conversion broke at a
 * blank line is read whole, so that its end is not taken for a clause of its own.
 */
function joinBrokenSentences(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const last = joined.at(-1);
    const continues =
      last &&
      !last.table &&
      !block.table &&
      !block.marker &&
      MID_SENTENCE.test(last.text) &&
      !ADDRESSEE_OPENING.test(block.text);
    if (continues) joined[joined.length - 1] = { ...last, text: `${last.text} ${block.text}` };
    else joined.push(block);
  }
  return joined;
}

/** The assignments of a document's text; `issued` (its date) completes dates written without a year and counts a time limit from it. */
export function assignmentsOf(
  tree: Root,
  outline: OutlinePart[],
  issued: string | null,
  report = false,
): FoundAssignment[] {
  const assignments: FoundAssignment[] = [];
  const dropped = new Set<FoundAssignment>();
  const silent = silentSections(outline, report);
  let lastFound: FoundAssignment[] = [];
  const blocks = joinBrokenSentences(
    blocksOf(tree, outline).filter((block) => !silent.has(sectionOf(block.anchor))),
  );
  const addressees = namesOfText(blocks);
  let introduced: Introduction | null = null;
  // When the points carry the tasks, the introduction's own entries go.
  const close = () => {
    if (introduced?.used) for (const a of introduced.own) dropped.add(a);
    introduced = null;
  };
  for (const [k, block] of blocks.entries()) {
    if (addressees.has(block) && !ADDRESSEE_LABEL.test(block.text)) continue;
    if (block.table) {
      assignments.push(...tableAssignments(block.table, block.anchor, issued));
      continue;
    }
    // The distribution list names agencies without giving them anything; it may close a block.
    const distribution = DISTRIBUTION.exec(block.text);
    const text = afterHeader(distribution ? block.text.slice(0, distribution.index) : block.text);
    if (introduced && endsIntroduction(introduced, block)) close();
    if (distribution && text?.trim() === '') break;
    // A header whose subject (`V/v …`) keeps it from being in capitals: it holds the motto.
    if (text === null) continue;
    // `II. NHIỆM VỤ CHỦ YẾU CỦA BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG`: a section for one body's duties.
    const duties = sectionForDuties(text, block);
    if (!duties && namesOnlyBodies(text)) continue;
    const heading = duties ?? headingOf(text, block);
    if (heading) {
      close();
      introduced = heading;
      continue;
    }
    const under: Introduction | null = introduced;
    const read = readBlock(text, block, under, blocks[k + 1]?.text ?? '', issued);
    assignments.push(...read.found);
    dueAfter(text, read.found, lastFound, issued, dropped);
    lastFound = read.found;
    if (under && (ledBy(read.found, under.leads).length > 0 || namesOwnLeads(under, read.found)))
      under.used = true;
    // `… giao Ban cán sự đảng …, trong đó lưu ý những nội dung sau:` gives the points below to them.
    const next = introductionOf(text, block, read);
    if (next) {
      close();
      introduced = next;
    }
    if (distribution) break;
  }
  close();
  const kept = withoutRepeatedFormula(assignments.filter((a) => !dropped.has(a)));
  defineNames('', []);
  return kept;
}
