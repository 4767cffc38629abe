package org.xianzhi.core.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.xianzhi.core.extract.Period;
import org.xianzhi.core.extract.ParagraphPlans;
import org.xianzhi.core.extract.SpeakerTurn;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.lexicon.PhraseMatch;
import org.xianzhi.core.pipeline.TextReaders;
import org.xianzhi.core.pipeline.DocumentReading;
import org.xianzhi.core.quantity.Quantity;
import org.xianzhi.core.quantity.QuantityKind;
import org.xianzhi.core.segment.Clause;
import org.xianzhi.core.segment.Section;
import org.xianzhi.core.segment.Sentence;
import org.xianzhi.core.text.MappedText;
import org.xianzhi.core.text.Span;
import org.xianzhi.core.text.Words;

/**
 * Reads PROJECTS.md's records from a normalized document: project events clause by clause around the stage verbs
 * ({@link StageVerbs}, names cut by {@link ProjectNames}), commitments where a clause promises by a deadline
 * ({@link DeadlinePhrases}) without naming a project stage, and officials ({@link OfficialReader}). Every record's
 * offsets point into the original text. A document without a date gives no records. Immutable and thread-safe.
 */
public final class ProjectExtractor {
    /** Verbs of a commitment: what is promised by a deadline when no project stage is. */
    private static final String[] COMMITMENT_VERBS = {"创建完成", "完成", "实现", "建成", "整改到位", "整改", "销号", "清零"};
    /** Words of an indicator's target, which FACTS.md reads, not a commitment: {@code 年内实现旅游收入16亿元}. */
    private static final String[] INDICATOR_WORDS = {"增长", "达到", "新增", "收入", "人次", "产值", "总量", "增加值"};
    private static final int MAX_ACTION = 40;
    /** What a sentence that lists aims rather than projects calls itself: {@code 今年政府工作的总体思路是}. */
    private static final String[] APPROACHES = {"总体思路", "总体要求", "指导思想", "基本思路", "工作思路"};
    /** Verbs of growing a sector that a steering verb may lead: {@code 加快发展人工智能、大数据等新兴产业}. */
    private static final String[] GROWING = {"发展", "培育", "壮大", "构建", "完善", "形成"};
    /** A glossary's term runs this long at most, with its number: {@code 22.消费扶贫“六进”}. */
    private static final int MAX_TERM = 30;
    /** A line longer than this either side of an official's name is a page run together, not a speaker's line. */
    private static final int MAX_SAID_LINE = 200;
    /** {@code 完成15项民生工程}: a number of works promised, which numbered lists may then name. */
    private static final java.util.regex.Pattern COUNTED_WORKS = java.util.regex.Pattern.compile("\\d+项");
    /** {@code 卫生工程1项:}: a kind of works counted right before its list. */
    private static final java.util.regex.Pattern COUNTED_KIND = java.util.regex.Pattern.compile("[0-9一二三四五六七八九十]项:$");
    /** {@code (1)}, {@code ①}: the number of an item in a list. */
    private static final java.util.regex.Pattern ITEM_NUMBER = java.util.regex.Pattern.compile("\\(\\d{1,2}\\)|[①-⑳]");
    /** Words that put a verb off to the future's future: {@code 谋划实施X} plans to plan, no stage is promised. */
    private static final String[] NOT_YET = {"谋划", "研究", "论证", "规划", "储备", "争取"};
    /** Words after an operating verb that tell a state, not an event: {@code 整体运营稳定}. */
    private static final String[] STATES = {"稳定", "良好", "正常", "平稳", "情况"};
    /** What a name can end with after a verb inside it: {@code 实施X配套管网建设工程}. */
    private static final String[] NAME_ENDS = {"工程", "项目"};

    private final TextReaders readers;
    private final DeadlinePhrases deadlines = new DeadlinePhrases();
    private final OfficialReader officials = new OfficialReader();

    public ProjectExtractor(TextReaders readers) {
        this.readers = readers;
    }

    public static ProjectExtractor standard() {
        return new ProjectExtractor(TextReaders.standard());
    }

    /** The records of a document read on its own. */
    public ProjectRecords extract(SourceDocument document, MappedText clean) {
        return extract(readers.read(document, clean));
    }

    public ProjectRecords extract(DocumentReading document) {
        Optional<DocumentSetting> found = DocumentSetting.of(document);
        if (found.isEmpty()) {
            return ProjectRecords.none();
        }
        String text = document.text();
        Reading reading = new Reading(document, found.get());
        List<PhraseMatch<StageVerb>> verbs = new ArrayList<>();
        for (PhraseMatch<StageVerb> m : StageVerbs.matcher().findAll(text)) {
            if (m.value() != StageVerbs.NONE) {
                verbs.add(m);
            }
        }
        int v = 0;
        for (Sentence sentence : document.sentences()) {
            reading.turn.update(sentence);
            while (v < verbs.size() && verbs.get(v).start() < sentence.start()) {
                v++;
            }
            int vEnd = v;
            while (vEnd < verbs.size() && verbs.get(vEnd).end() <= sentence.end()) {
                vEnd++;
            }
            reading.sentence(sentence, verbs.subList(v, vEnd));
        }
        reading.officials();
        return new ProjectRecords(reading.events, reading.commitments, reading.people);
    }

    /** The reading of one document. */
    private final class Reading {
        final DocumentReading reading;
        final SourceDocument document;
        final MappedText clean;
        final String text;
        final DocumentSetting setting;
        final List<ProjectEvent> events = new ArrayList<>();
        final List<Commitment> commitments = new ArrayList<>();
        final List<Official> people = new ArrayList<>();
        Sentence sentence;
        /** The deadlines of the sentence, found once and asked of clause by clause. */
        List<Deadline> sentenceDeadlines;
        final SpeakerTurn turn;
        final ParagraphPlans plans;
        /** A promise of a number of works by a deadline ({@code 年内完成15项民生工程}) that numbered lists then name. */
        Commitment announced;
        /** The stage of a verb that handed its name on to a later one ({@code 建成X并投入使用}). */
        ProjectStage carried;
        /** The events {@code [previousEvents, previousEventsEnd)} the sentence's clause before this one named. */
        int previousEvents;
        int previousEventsEnd;

        Reading(DocumentReading reading, DocumentSetting setting) {
            this.reading = reading;
            this.document = reading.document();
            this.clean = reading.clean();
            this.text = reading.text();
            this.setting = setting;
            this.turn = setting.turns(text);
            this.plans = new ParagraphPlans(text);
        }

        void sentence(Sentence s, List<PhraseMatch<StageVerb>> verbs) {
            sentence = s;
            if (!verbs.isEmpty() && (defines(s) || setsOutAnApproach(s))) {
                // 22.消费扶贫“六进”:指推进扶贫产品进学校…: a glossary's entry tells what a term means, not what happened;
                // 总体思路是:…推进A、B、C建设: an approach lists aims, not projects.
                return;
            }
            sentenceDeadlines = deadlines.find(text, s.start(), s.end(), targetYear());
            boolean enumerated = false;
            Deadline sentenceDeadline = sentenceDeadline(s);
            if (verbs.isEmpty() && sentenceDeadline == null && sentenceDeadlines.isEmpty() && announced == null) {
                return;
            }
            int v = 0;
            Clause previous = null;
            previousEvents = events.size();
            previousEventsEnd = events.size();
            for (Clause clause : s.clauses()) {
                int first = v;
                while (v < verbs.size() && verbs.get(v).end() <= clause.end()) {
                    v++;
                }
                List<PhraseMatch<StageVerb>> inClause = new ArrayList<>();
                for (PhraseMatch<StageVerb> m : verbs.subList(first, v)) {
                    if (m.start() >= clause.start()) {
                        inClause.add(m);
                    }
                }
                int before = events.size();
                clause(clause, previous, inClause, isAnnouncedList(clause) ? announcedDeadline(clause) : sentenceDeadline);
                if (events.size() == before) {
                    commitment(clause, sentenceDeadline);
                }
                previousEvents = before;
                previousEventsEnd = events.size();
                enumerated = enumerated || enumeration(clause, inClause);
                previous = clause;
            }
            if (!enumerated) {
                announced = null;
            }
        }

        /** Whether the sentence is a glossary's entry: a short term, a colon, then {@code 指} or {@code 是指}. */
        boolean defines(Sentence s) {
            int colon = s.start() + 1;
            while (colon < s.end() && colon - s.start() <= MAX_TERM && text.charAt(colon) != ':') {
                colon++;
            }
            return colon - s.start() <= MAX_TERM && colon + 1 < s.end()
                    && (text.startsWith("指", colon + 1) || text.startsWith("是指", colon + 1));
        }

        /** Whether the sentence sets out a general approach: its first clause names it ({@code 总体思路是}). */
        boolean setsOutAnApproach(Sentence s) {
            Clause first = s.clauses().get(0);
            String opening = text.substring(first.start(), Math.min(first.end(), first.start() + MAX_TERM));
            return Words.containsAny(opening, APPROACHES);
        }

        /** A deadline that opens a sentence ({@code 年内,…}, {@code 年内确保…}) holds for all its clauses. */
        Deadline sentenceDeadline(Sentence s) {
            Clause first = s.clauses().get(0);
            List<Deadline> found = deadlinesWithin(first.start(), first.end());
            return !found.isEmpty() && found.get(0).start() == first.start() ? found.get(0) : null;
        }

        List<Deadline> deadlinesWithin(int from, int to) {
            List<Deadline> within = new ArrayList<>();
            for (Deadline d : sentenceDeadlines) {
                if (d.start() >= from && d.end() <= to) {
                    within.add(d);
                }
            }
            return within;
        }

        int targetYear() {
            int section = sentence.section().year();
            return section != 0 ? section : setting.date().year();
        }

        void clause(Clause clause, Clause previous, List<PhraseMatch<StageVerb>> verbs, Deadline sentenceDeadline) {
            int from = clause.start();
            for (int i = 0; i < verbs.size(); i++) {
                PhraseMatch<StageVerb> verb = verbs.get(i);
                PhraseMatch<StageVerb> next = i + 1 < verbs.size() ? verbs.get(i + 1) : null;
                int postEnd = next == null ? clause.end() : next.start();
                ProjectNames.Named named = new ProjectNames.Named(List.of(), null);
                int wordsStart = from;
                int eventEnd = verb.end();
                ProjectStage stage = verb.value().stage();
                if (startsWithAny(verb.end(), STATES)) {
                    from = verb.end();
                    continue;
                }
                if (i == 0 && promisesLaterStage(clause, previous, verb, postEnd, sentenceDeadline)) {
                    from = verb.end();
                    continue;
                }
                if (verb.value().nameBefore()) {
                    named = ProjectNames.before(withoutDeadline(from, verb.start()));
                    if (named.names().isEmpty() && i == 0 && previous != null
                            && ProjectNames.onlyTime(withoutDeadline(clause.start(), verb.start()))
                            && ProjectNames.onlyTime(text.substring(verb.end(), postEnd))) {
                        // 总投资4.9亿元的县人民医院新院区,在2024年7月投入使用: the name ends the clause before.
                        named = ProjectNames.before(text.substring(previous.start(), previous.end()));
                        wordsStart = previous.start();
                    }
                }
                if (named.names().isEmpty() && verb.value().nameAfter()) {
                    if (next != null && next.value().nameBefore()) {
                        // 推动X落地, 建成X并投入使用: the later verb governs the name.
                        // 加快推进X等项目开工 is about the start: only an accomplished stage outranks the later verb.
                        if (verb.value().nameBefore() && stage.compareTo(next.value().stage()) > 0
                                && stage.compareTo(ProjectStage.COMPLETED) >= 0) {
                            carried = stage;
                        }
                        continue;
                    }
                    if (endsWithAny(text.substring(from, verb.start()), NOT_YET) || startsWithAny(verb.end(), GROWING)) {
                        // 谋划实施X plans to plan; 加快发展X grows a sector: no stage of a project either way.
                        from = verb.end();
                        continue;
                    }
                    String rest = text.substring(verb.end(), clause.end());
                    boolean closedList = rest.indexOf('等') > 0 && endsWithAny(rest, NAME_ENDS);
                    while (next != null && !next.value().nameBefore()
                            && (startsWithAny(next.end(), NAME_ENDS) || text.startsWith("、", next.end())
                                || closedList && text.startsWith("和", next.end()))) {
                        // 实施A建设和B等学校改扩建项目: a list closed as projects is named whole, its verbs with it.
                        // 实施城西污水处理厂提标改造和配套管网建设工程: 建设 is part of the name; so is 改建 in
                        // 完成国道308改建、国道105大修工程, where it ends an item of the list.
                        i++;
                        next = i + 1 < verbs.size() ? verbs.get(i + 1) : null;
                        postEnd = next == null ? clause.end() : next.start();
                    }
                    String words = text.substring(verb.end(), postEnd);
                    if (next == null && words.isBlank() && endsWithAny(text.substring(from, verb.start()), NAME_ENDS)
                            && text.substring(from, verb.start()).indexOf('等') > 0) {
                        workOnAListBefore(clause, from, verb, sentenceDeadline);
                        from = verb.end();
                        continue;
                    }
                    if (stage == ProjectStage.COMPLETED && (words.endsWith("主体工程") || words.endsWith("主体"))) {
                        stage = ProjectStage.BUILDING;
                        words = words.substring(0, words.lastIndexOf("主体"));
                    }
                    named = ProjectNames.after(words);
                    wordsStart = verb.start();
                    eventEnd = postEnd;
                }
                if (carried != null && carried.compareTo(stage) > 0) {
                    stage = carried;
                }
                carried = null;
                while (next != null && joins(eventEnd, next.start()) && next.value().nameBefore()) {
                    // 建成并投入使用, 竣工、通车: one event at the furthest stage.
                    if (next.value().stage().compareTo(stage) > 0) {
                        stage = next.value().stage();
                    }
                    eventEnd = next.end();
                    i++;
                    next = i + 1 < verbs.size() ? verbs.get(i + 1) : null;
                }
                if (!named.names().isEmpty()) {
                    emit(named, stage, clause, wordsStart, eventEnd, verb.start(), sentenceDeadline);
                }
                from = Math.max(from, Math.min(eventEnd, clause.end()));
            }
        }

        /**
         * A clause of steering words and a later stage ({@code 实施X改造,年内竣工通车}, {@code 加快X、Y建设进度,确保暑期投入
         * 使用}) promises that stage, by its deadline, of the projects the clause before named; their earlier event stays.
         *
         * @return whether the verb was read so
         */
        boolean promisesLaterStage(Clause clause, Clause previous, PhraseMatch<StageVerb> verb, int postEnd,
                                   Deadline sentenceDeadline) {
            ProjectStage stage = verb.value().stage();
            if (!verb.value().nameBefore() || previousEventsEnd == previousEvents || previousEventsEnd != events.size()
                    || !ProjectNames.onlySteering(withoutDeadline(clause.start(), verb.start()))
                    || !ProjectNames.onlyTime(text.substring(verb.end(), postEnd))
                    || stage.compareTo(events.get(previousEvents).stage()) <= 0) {
                return false;
            }
            List<String> names = new ArrayList<>();
            for (ProjectEvent e : events.subList(previousEvents, previousEventsEnd)) {
                names.add(e.name());
            }
            emit(new ProjectNames.Named(names, null), stage, clause, previous.start(), verb.end(), verb.start(),
                    sentenceDeadline);
            return true;
        }

        /** {@code 支持A、B等制造业项目建设}: a clause ending in the work on the projects its closed list names before. */
        void workOnAListBefore(Clause clause, int from, PhraseMatch<StageVerb> verb, Deadline sentenceDeadline) {
            ProjectNames.Named named = ProjectNames.before(withoutDeadline(from, verb.start()));
            if (!named.names().isEmpty()) {
                emit(named, verb.value().stage(), clause, from, verb.end(), verb.start(), sentenceDeadline);
            }
        }

        /** The words {@code [from, to)} without a deadline that ends them: {@code 推动X5月底前} → {@code 推动X}. */
        String withoutDeadline(int from, int to) {
            List<Deadline> found = deadlinesWithin(from, to);
            if (found.isEmpty()) {
                return text.substring(from, to);
            }
            Deadline last = found.get(found.size() - 1);
            return text.substring(from, last.start()) + text.substring(last.end(), to);
        }

        /**
         * A numbered list of works after a promise of their number ({@code 年内完成15项民生工程,其中交通工程4项:
         * (1)徐大路南延工程(2)易保线大修工程}): each item without a verb of its own is completed by that deadline.
         *
         * @return whether the clause is such a list
         */
        boolean enumeration(Clause clause, List<PhraseMatch<StageVerb>> verbs) {
            if (!isAnnouncedList(clause)) {
                return false;
            }
            String items = text.substring(clause.start(), clause.end());
            java.util.regex.Matcher number = ITEM_NUMBER.matcher(items);
            List<int[]> spans = new ArrayList<>();
            int itemStart = -1;
            while (number.find()) {
                if (itemStart >= 0) {
                    spans.add(new int[] {itemStart, number.start()});
                }
                itemStart = number.end();
            }
            if (itemStart >= 0) {
                spans.add(new int[] {itemStart, items.length()});
            }
            for (int[] span : spans) {
                int from = clause.start() + span[0];
                int to = clause.start() + span[1];
                boolean hasVerb = verbs.stream().anyMatch(m -> m.start() >= from && m.end() <= to);
                String name = text.substring(from, to).strip();
                if (!hasVerb && ProjectNames.isName(name, false)) {
                    emit(new ProjectNames.Named(List.of(name), null), ProjectStage.COMPLETED, clause, from, to, to,
                            announcedDeadline(clause));
                }
            }
            return true;
        }

        /**
         * Whether the clause lists works a promise of their number announced: numbered ({@code (1)…}, {@code ①…}) or,
         * when a kind has one work only, right after its count ({@code 卫生工程1项:完成县中医院主体工程建设}).
         */
        boolean isAnnouncedList(Clause clause) {
            int at = clause.start();
            return announced != null && (text.startsWith("(1)", at) || text.startsWith("①", at)
                    || COUNTED_KIND.matcher(text.substring(Math.max(0, at - 4), at)).find());
        }

        /**
         * The announced promise's deadline, for every item of its list: one with a verb of its own
         * ({@code (1)城区地表水厂开工建设}) is promised at that stage by the same day.
         */
        Deadline announcedDeadline(Clause clause) {
            return new Deadline(clause.start(), clause.start(), announced.deadline(), true);
        }

        boolean startsWithAny(int at, String[] words) {
            for (String w : words) {
                if (text.startsWith(w, at)) {
                    return true;
                }
            }
            return false;
        }

        boolean endsWithAny(String s, String[] words) {
            for (String w : words) {
                if (s.endsWith(w)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether only joining words stand between two verbs: nothing, {@code 并}, {@code 、}, {@code 和}. */
        boolean joins(int from, int to) {
            String gap = text.substring(Math.min(from, to), to).strip();
            return gap.isEmpty() || gap.equals("并") || gap.equals("、") || gap.equals("和") || gap.equals("并且")
                    || gap.equals("后") || gap.equals("及");
        }

        void emit(ProjectNames.Named named, ProjectStage stage, Clause clause, int start, int end, int verbStart,
                  Deadline sentenceDeadline) {
            String before = text.substring(sentence.start(), verbStart);
            Status status = setting.time().status(sentence.section(), before, plans.turnedBefore(sentence.start()));
            if (turn.aimsAhead() && sentence.section().kind() != Section.Kind.REVIEW) {
                status = Status.TARGET;
            }
            List<Deadline> own = deadlinesWithin(clause.start(), verbStart);
            Deadline deadline = !own.isEmpty() ? own.get(own.size() - 1) : sentenceDeadline;
            if (deadline != null) {
                status = Status.TARGET;
            }
            Period period = setting.time().period(status, sentence.section(), times(verbStart), before, turn.period());
            status = setting.time().settle(status, period, before);
            int year = period.to();
            LocalDate due = null;
            if (status == Status.TARGET && deadline != null) {
                due = deadline.explicitYear() ? deadline.date() : deadline.date().withYear(year);
                year = due.getYear();
            }
            Investment investment = named.names().size() == 1 ? investment(sentence.start(), end) : null;
            ProjectLevel level = named.level() != null ? named.level()
                    : ProjectNames.level(text.substring(clause.start(), clause.end()));
            Provenance source = provenance(start, end, sentence.start(), sentence.end());
            for (String name : named.names()) {
                events.add(new ProjectEvent(name, stage, status, year, due, investment, level, source));
            }
        }

        void commitment(Clause clause, Deadline sentenceDeadline) {
            List<Deadline> own = deadlinesWithin(clause.start(), clause.end());
            Deadline deadline = !own.isEmpty() ? own.get(0) : sentenceDeadline;
            if (deadline == null) {
                return;
            }
            int from = own.isEmpty() ? clause.start() : deadline.end();
            String rest = text.substring(from, clause.end());
            int at = -1;
            for (String verb : COMMITMENT_VERBS) {
                int k = rest.indexOf(verb);
                if (k >= 0 && (at < 0 || k < at)) {
                    at = k;
                }
            }
            if (at < 0) {
                return;
            }
            String action = rest.substring(at).strip();
            if (action.length() > MAX_ACTION || isIndicatorTarget(action)) {
                return;
            }
            LocalDate due = deadline.date();
            // 开工建设X项目,年内完成投资1.25亿元: an action without an object of its own is about the project before it.
            String subject = events.isEmpty() || !sameSentence(events.get(events.size() - 1))
                    || ProjectNames.namesAThing(action) ? null : events.get(events.size() - 1).name();
            Commitment made = new Commitment(action, due, due.getYear(), subject,
                    provenance(clause.start(), clause.end(), sentence.start(), sentence.end()));
            commitments.add(made);
            if (action.startsWith("完成") && COUNTED_WORKS.matcher(action).find()) {
                announced = made;
            }
        }

        boolean sameSentence(ProjectEvent event) {
            Span said = clean.toOriginal(sentence.start(), sentence.end());
            return event.source().start() >= said.start() && event.source().end() <= said.end();
        }

        boolean isIndicatorTarget(String action) {
            if (action.startsWith("实现") && action.chars().anyMatch(Character::isDigit)) {
                return true;
            }
            for (String w : INDICATOR_WORDS) {
                if (action.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** The dates written in the sentence before the verb, for the period. */
        List<Quantity> times(int verbStart) {
            List<Quantity> times = new ArrayList<>();
            for (Quantity q : sentenceFigures()) {
                if (q.end() <= verbStart && (q.kind() == QuantityKind.DATE || q.kind() == QuantityKind.PERIOD)) {
                    times.add(q);
                }
            }
            return times;
        }

        /** The total investment written in the words of the event: {@code 总投资4.9亿元的…}, {@code 投资0.77亿元建设…}. */
        Investment investment(int from, int to) {
            for (Quantity q : sentenceFigures()) {
                if (q.start() >= from && q.end() <= to && q.writtenValue() != null && q.writtenUnit().endsWith("元")
                        && text.startsWith("投资", Math.max(0, q.start() - 2))) {
                    return new Investment(q.writtenValue(), q.writtenUnit(), q.approx());
                }
            }
            return null;
        }

        List<Quantity> sentenceFigures() {
            return reading.figuresWithin(sentence.start(), sentence.end());
        }

        void officials() {
            for (OfficialReader.Found f : officials.find(text)) {
                Span said = saidAround(f.start(), f.end());
                Provenance source = provenance(f.start(), f.end(), said.start(), said.end());
                people.add(new Official(f.name(), f.title(), setting.date().iso(), source));
            }
        }

        /**
         * The words an official is named in: the line ({@code 临泽县人民政府县长 陈志华}), or where the line runs on (a web
         * page flattened to one line) the sentence around the name, so that a record never carries a whole page and
         * finding it stays linear in the page's length.
         */
        Span saidAround(int start, int end) {
            int lineStart = start;
            while (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && start - lineStart < MAX_SAID_LINE) {
                lineStart--;
            }
            int lineEnd = end;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && lineEnd - end < MAX_SAID_LINE) {
                lineEnd++;
            }
            boolean wholeLine = (lineStart == 0 || text.charAt(lineStart - 1) == '\n')
                    && (lineEnd == text.length() || text.charAt(lineEnd) == '\n');
            if (wholeLine) {
                return new Span(lineStart, lineEnd);
            }
            return reading.sentenceAt(start).map(s -> new Span(Math.min(s.start(), start), Math.max(s.end(), end)))
                    .orElse(new Span(start, end));
        }

        /** Evidence {@code [start, end)} and the words said {@code [saidStart, saidEnd)}, both as in the original. */
        Provenance provenance(int start, int end, int saidStart, int saidEnd) {
            Span evidence = clean.toOriginal(start, end);
            Span said = clean.toOriginal(saidStart, saidEnd);
            return new Provenance(document.id(), document.file(), setting.regionName(), setting.regionCode(),
                    clean.original().substring(said.start(), said.end()), evidence.start(), evidence.end());
        }
    }
}
