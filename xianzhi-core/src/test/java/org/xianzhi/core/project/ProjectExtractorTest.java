package org.xianzhi.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.xianzhi.core.fact.Status;
import org.xianzhi.core.ingest.DocumentReader;
import org.xianzhi.core.ingest.SourceDocument;
import org.xianzhi.core.normalize.Normalizer;

/** One test per kind of sentence, on sentences written in the style of county work reports and interviews. */
class ProjectExtractorTest {
    private static final Normalizer NORMALIZER = Normalizer.standard();
    private static final ProjectExtractor EXTRACTOR = ProjectExtractor.standard();
    private static final String HEAD = "2025年临泽县人民政府工作报告\n——2025年1月8日在临泽县第十八届人民代表大会第五次会议上\n"
            + "临泽县人民政府县长 陈志华\n";
    private static final String REVIEW = "一、2024年工作回顾\n";
    private static final String PLAN = "二、2025年工作安排\n";

    private static ProjectRecords read(String text) {
        try {
            SourceDocument doc = new DocumentReader().read("test.txt", text.getBytes(StandardCharsets.UTF_8));
            return EXTRACTOR.extract(doc, NORMALIZER.normalize(doc.original()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The name and stage of each event read, in order: what most kinds of sentence are about. */
    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> namesAndStages(
            ProjectRecords r) {
        return assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::stage);
    }

    @Test
    void aListWithAVerbPerItemIsOneEventPerItem() {
        ProjectRecords r = read(HEAD + REVIEW + "推动金川公司复产、祁连食品投产,黑河矿业试生产。\n");
        assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::stage, ProjectEvent::status,
                ProjectEvent::period)
            .containsExactly(tuple("金川公司", ProjectStage.OPERATING, Status.ACTUAL, 2024),
                tuple("祁连食品", ProjectStage.OPERATING, Status.ACTUAL, 2024),
                tuple("黑河矿业", ProjectStage.OPERATING, Status.ACTUAL, 2024));
    }

    @Test
    void aPromiseWithADeadlineIsATargetDueThatDay() {
        ProjectRecords r = read(HEAD + PLAN + "丹霞温泉康养中心5月底前挂牌运营,板桥至平川公路年内竣工通车。\n");
        assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::stage, ProjectEvent::status,
                ProjectEvent::deadline)
            .containsExactly(tuple("丹霞温泉康养中心", ProjectStage.OPERATING, Status.TARGET, LocalDate.of(2025, 5, 31)),
                tuple("板桥至平川公路", ProjectStage.OPERATING, Status.TARGET, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aVerbBeforeTheNameGovernsItAndALaterVerbRaisesTheStage() {
        ProjectRecords r = read(HEAD + PLAN + "开工建设产能8万吨的张掖饲料加工厂。建成城东幼儿园、沙河小学教学楼并投入使用。\n");
        namesAndStages(r)
            .containsExactly(tuple("张掖饲料加工厂", ProjectStage.STARTED),
                tuple("城东幼儿园", ProjectStage.OPERATING), tuple("沙河小学教学楼", ProjectStage.OPERATING));
    }

    @Test
    void andJoinsThePartsOfOneName() {
        ProjectRecords r = read(HEAD + PLAN + "实施滨河路和湿地大道改造,年内竣工通车。\n");
        assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::stage, ProjectEvent::deadline)
            .contains(tuple("滨河路和湿地大道改造", ProjectStage.OPERATING, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aListClosedByItsKindNamesProjectsAndItsLevel() {
        ProjectRecords r = read(HEAD + PLAN + "力争华源机械、北方农装两个省重点项目年内具备试生产条件。\n");
        assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::level)
            .containsExactly(tuple("华源机械", ProjectLevel.PROVINCIAL), tuple("北方农装", ProjectLevel.PROVINCIAL));
    }

    @Test
    void countsAndKindsOfProjectAreNoNames() {
        ProjectRecords r = read(HEAD + REVIEW + "4条市政道路建成通车,建成水厂两座。14项市列重大项目全部开复工。推进产业项目建设。\n");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void theTotalInvestmentWrittenWithTheProjectGoesWithIt() {
        ProjectRecords r = read(HEAD + REVIEW + "总投资4.6亿元的县人民医院新院区搬迁投用。\n");
        assertThat(r.events()).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("县人民医院新院区");
            assertThat(e.investment().value()).isEqualByComparingTo(new BigDecimal("4.6"));
            assertThat(e.investment().unit()).isEqualTo("亿元");
        });
    }

    @Test
    void theNameMayEndTheClauseBeforeTheVerb() {
        ProjectRecords r = read(HEAD + REVIEW + "历时两年,总投资2亿元的城北污水处理厂,在2024年9月投入运营。\n");
        namesAndStages(r)
            .containsExactly(tuple("城北污水处理厂", ProjectStage.OPERATING));
    }

    @Test
    void aPromiseByADeadlineWithoutAProjectStageIsACommitment() {
        ProjectRecords r = read(HEAD + PLAN + "6月底前完成全部整改,年内实现农村供水全覆盖。年内实现旅游收入12亿元。\n");
        assertThat(r.commitments()).extracting(Commitment::action, Commitment::deadline)
            .containsExactly(tuple("完成全部整改", LocalDate.of(2025, 6, 30)),
                tuple("实现农村供水全覆盖", LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aNumberedListNamesTheWorksAPromiseCounted() {
        ProjectRecords r = read(HEAD + PLAN + "年内完成8项民生工程,其中交通工程2项:(1)板桥东路南延工程(2)平川大桥维修工程。\n"
                + "教育工程1项:(1)城关第三小学开工建设。卫生工程1项:完成县妇幼保健院主体工程建设。\n");
        assertThat(r.commitments()).extracting(Commitment::action).containsExactly("完成8项民生工程");
        assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::stage, ProjectEvent::deadline)
            .containsExactly(tuple("板桥东路南延工程", ProjectStage.COMPLETED, LocalDate.of(2025, 12, 31)),
                tuple("平川大桥维修工程", ProjectStage.COMPLETED, LocalDate.of(2025, 12, 31)),
                tuple("城关第三小学", ProjectStage.STARTED, LocalDate.of(2025, 12, 31)),
                tuple("县妇幼保健院", ProjectStage.BUILDING, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void itemsNumberedWithCircledDigitsAreAListToo() {
        ProjectRecords r = read(HEAD + PLAN + "年内完成6项民生工程,其中城建工程2项:①城区燃气主干管网②城南供水加压站。\n");
        assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::stage, ProjectEvent::deadline)
            .containsExactly(tuple("城区燃气主干管网", ProjectStage.COMPLETED, LocalDate.of(2025, 12, 31)),
                tuple("城南供水加压站", ProjectStage.COMPLETED, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aLaterVerbSaysWhatASteeringVerbPushesTowards() {
        ProjectRecords r = read(HEAD + PLAN + "加快推进丹霞研学营地、黑河湿地公园等项目开工。\n");
        namesAndStages(r)
            .containsExactly(tuple("丹霞研学营地", ProjectStage.STARTED), tuple("黑河湿地公园", ProjectStage.STARTED));
    }

    @Test
    void theWorkOnAProjectNamedBeforeItsVerbIsNoPartOfTheName() {
        ProjectRecords r = read(HEAD + REVIEW + "文旅融合提档升级,国防教育小镇完成建设,县游客服务中心建设加快推进。\n");
        namesAndStages(r)
            .containsExactly(tuple("国防教育小镇", ProjectStage.COMPLETED),
                tuple("县游客服务中心", ProjectStage.BUILDING));
    }

    @Test
    void listsOfSectorsOrKindsOfProjectNameNoProject() {
        ProjectRecords r = read(HEAD + PLAN + "推进水利、交通、市政、城区防洪、公共服务等灾后重建项目建设。"
                + "推进智慧教育、智慧医疗、智慧交通等新基建类项目建设。\n----园区建设加快推进。\n");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void openingForUseIsOperating() {
        ProjectRecords r = read(HEAD + REVIEW + "县妇幼保健院新院区建成启用。临泽至张掖城际公路开通运营,丹霞湿地公园建成开放。"
                + "援建“两校一院”项目顺利推进。\n");
        namesAndStages(r)
            .containsExactly(tuple("县妇幼保健院新院区", ProjectStage.OPERATING),
                tuple("临泽至张掖城际公路", ProjectStage.OPERATING), tuple("丹霞湿地公园", ProjectStage.OPERATING),
                tuple("援建“两校一院”项目", ProjectStage.BUILDING));
    }

    @Test
    void aVerbEndingAnItemOfAListIsItsHead() {
        ProjectRecords r = read(HEAD + REVIEW + "完成省道213改建、国道312和227大修工程。\n");
        namesAndStages(r)
            .containsExactly(tuple("省道213改建", ProjectStage.COMPLETED),
                tuple("国道312和227大修工程", ProjectStage.COMPLETED));
    }

    @Test
    void aClauseEndingInTheWorkOnAClosedListBuildsEachItem() {
        ProjectRecords r = read(HEAD + PLAN + "支持祁连乳业万头牧场、丹霞酒业扩能等农产品加工项目建设。"
                + "突出抓好甘临光伏制氢、黑河水库除险加固等6个省重点项目和平川物流园、板桥冷库等一批县级项目建设。"
                + "狠抓项目建设。\n");
        namesAndStages(r)
            .containsExactly(tuple("祁连乳业万头牧场", ProjectStage.BUILDING), tuple("丹霞酒业扩能", ProjectStage.BUILDING),
                tuple("甘临光伏制氢", ProjectStage.BUILDING), tuple("黑河水库除险加固", ProjectStage.BUILDING),
                tuple("平川物流园", ProjectStage.BUILDING), tuple("板桥冷库", ProjectStage.BUILDING));
    }

    @Test
    void routesNamedByThePlacesTheyJoinShareTheLastItemsKindOfRoute() {
        ProjectRecords r = read(HEAD + REVIEW + "张临、张酒高速公路建成通车。力促兰张、张掖至西宁铁路尽早开工。"
                + "实施科技培训、科技示范工程。\n");
        namesAndStages(r)
            .containsExactly(tuple("张临", ProjectStage.OPERATING), tuple("张酒高速公路", ProjectStage.OPERATING),
                tuple("张掖至西宁铁路", ProjectStage.STARTED), tuple("科技示范工程", ProjectStage.BUILDING));
    }

    @Test
    void aCountOfKindsClosingAListStillSaysItsItemsAreProjects() {
        ProjectRecords r = read(HEAD + PLAN + "加快甘临光伏制氢、黑河水库除险加固等8个省级四类重点项目建设。\n");
        assertThat(r.events()).extracting(ProjectEvent::name)
            .containsExactly("甘临光伏制氢", "黑河水库除险加固");
    }

    @Test
    void aProjectNamedWithItsPartsIsTheProjectsEvent() {
        ProjectRecords r = read(HEAD + PLAN + "年内,投资12亿元的祁连乳业项目10万吨液态奶车间、冷库等工程完工,"
                + "投资30亿元的丹霞光伏项目升压站、储能电站、一期工程基本完工。全年实施产业扶贫项目16个。\n");
        namesAndStages(r)
            .containsExactly(tuple("祁连乳业项目", ProjectStage.COMPLETED), tuple("丹霞光伏项目", ProjectStage.COMPLETED));
    }

    @Test
    void aQuotedProgrammeKeepsItsNameAcrossAFootnoteMark() {
        ProjectRecords r = read(HEAD + PLAN + "深入实施“2115”[12]工程,强化教师队伍建设。\n");
        assertThat(r.events()).extracting(ProjectEvent::name).containsExactly("“2115”工程");
    }

    @Test
    void aListClosedAsProjectsIsNamedWholeWithTheVerbsInIt() {
        ProjectRecords r = read(HEAD + PLAN + "实施城北安置学校建设和沙河小学等学校改扩建项目。\n");
        namesAndStages(r)
            .containsExactly(tuple("城北安置学校建设和沙河小学", ProjectStage.BUILDING));
    }

    @Test
    void aLaterClausePromisesALaterStageOfTheProjectsNamedBefore() {
        ProjectRecords r = read(HEAD + PLAN + "加快城东小学、沙河幼儿园建设进度,确保暑期投入使用。"
                + "启动板桥路改线,积极推进临泽东口扩建项目。\n");
        assertThat(r.events()).extracting(ProjectEvent::name, ProjectEvent::stage, ProjectEvent::deadline)
            .containsExactly(tuple("城东小学", ProjectStage.BUILDING, null), tuple("沙河幼儿园", ProjectStage.BUILDING, null),
                tuple("城东小学", ProjectStage.OPERATING, LocalDate.of(2025, 8, 31)),
                tuple("沙河幼儿园", ProjectStage.OPERATING, LocalDate.of(2025, 8, 31)),
                tuple("板桥路改线", ProjectStage.STARTED, null), tuple("临泽东口扩建项目", ProjectStage.BUILDING, null));
    }

    @Test
    void kindsOfInstitutionTitlesAndAimsNameNoProject() {
        ProjectRecords r = read(HEAD + PLAN + "加快高校、医疗机构、企业总部等疏解项目落地。因地制宜建设特色小镇。"
                + "推动重大外资项目落地。新增3家国家生态文明建设示范区。推进丹霞、平山湖等创建5A级景区。"
                + "祁连控股、丹霞星网等央企落户临泽。\n");
        namesAndStages(r)
            .containsExactly(tuple("祁连控股", ProjectStage.SIGNED), tuple("丹霞星网", ProjectStage.SIGNED));
    }

    @Test
    void anApproachOrAGrowingSectorNamesNoProject() {
        ProjectRecords r = read(HEAD + PLAN + "今年政府工作的总体思路是:坚持稳中求进,推进产业提质、城乡融合、民生保障工程建设。"
                + "加快发展数字经济、大数据等新兴产业。加快丹霞游客中心建设。\n");
        assertThat(r.events()).extracting(ProjectEvent::name).containsExactly("丹霞游客中心");
    }

    @Test
    void aSectionOfARouteIsAProjectAndAStageOfTimeIsNone() {
        ProjectRecords r = read(HEAD + PLAN + "实施丹霞路北段、平川街东段路面翻建工程。扩建城关第二小学。建好用好临泽物流园。"
                + "全县发展进入新阶段。\n");
        namesAndStages(r)
            .containsExactly(tuple("丹霞路北段", ProjectStage.BUILDING), tuple("平川街东段路面翻建工程", ProjectStage.BUILDING),
                tuple("城关第二小学", ProjectStage.BUILDING), tuple("临泽物流园", ProjectStage.BUILDING));
    }

    @Test
    void aGlossaryEntryTellsWhatATermMeansNotWhatHappened() {
        ProjectRecords r = read(HEAD + PLAN + "附:名词解释\n12.“三进”:指推进农产品进学校、进医院、进社区。\n"
                + "13.两个中心:是指建设县城物流中心和冷链配送中心。\n");
        assertThat(r.events()).isEmpty();
    }

    @Test
    void officialsAreTitlesFollowedByNamesOncePerPerson() {
        ProjectRecords r = read(HEAD + "出席今天发布会的还有临泽县政府副县长刘建军。\n县委副书记、政府县长 陈志华:\n"
                + "习近平总书记关于黄河流域的重要讲话。\n");
        assertThat(r.officials()).extracting(Official::name, Official::title)
            .containsExactly(tuple("陈志华", "临泽县人民政府县长"), tuple("刘建军", "临泽县政府副县长"));
        assertThat(r.officials().get(0).date()).isEqualTo("2025-01-08");
    }

    @Test
    void anOfficialOnAPageRunTogetherCarriesItsSentenceNotThePage() {
        String page = HEAD + REVIEW + "全年新建道路12公里。".repeat(200) + "县委副书记、县长李强说:全县道路更通畅了。"
                + "全年新增绿地8公顷。".repeat(200) + "\n";
        ProjectRecords r = read(page);
        assertThat(r.officials()).filteredOn(o -> o.name().equals("李强")).singleElement()
                .satisfies(o -> assertThat(o.source().text()).isEqualTo("县委副书记、县长李强说:全县道路更通畅了"));
    }

    @Test
    void aNameIsASurnameAndGivenCharactersKeptWholeBeforeWhatClosesIt() {
        ProjectRecords r = read(HEAD + "县委副书记、县长李国强同志作总结讲话。\n县政府副县长王志强做客“民生热线”节目。\n"
                + "县委书记赵宏在会上说:全县道路更通畅了。\n甘州区人民政府区长周敏\n周敏作政府工作报告。\n"
                + "县政府副县长冯杰:来我县投资的企业越来越多。\n");
        assertThat(r.officials()).extracting(Official::name)
            .containsExactly("陈志华", "李国强", "王志强", "赵宏", "周敏", "冯杰");
    }

    @Test
    void aTitleMustNameABodyBeforeItsOfficeAndAMentionedPersonIsNoOfficial() {
        ProjectRecords r = read(HEAD + REVIEW + "王明县长于去年到甘州调研时提出要求。市长、副市长全部开通电子信箱。"
                + "推动张掖市长安路改造。沙河镇党委书记刘红荣获全国先进个人。"
                + "省委书记孙立军,国家发展改革委地区振兴司司长、振兴办主任钱伟,省委副书记、省政法委书记周涛,"
                + "市委书记冯远等领导先后到临泽调研。\n"
                + "[3]三问:省委书记、省人大常委会主任孙立军同志全程参加指导民主生活会时提出。\n"
                + "出席今天发布会的还有县政府副县长马丽,县政府副县长杜鹏。\n");
        assertThat(r.officials()).extracting(Official::name)
            .containsExactly("陈志华", "马丽", "杜鹏");
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = HEAD + PLAN + "丹霞溫泉康養中心5月底前掛牌運營。\n";
        ProjectRecords r = read(text);
        ProjectEvent e = r.events().get(0);
        assertThat(e.name()).isEqualTo("丹霞温泉康养中心");
        assertThat(text.substring(e.source().start(), e.source().end())).contains("丹霞溫泉康養中心").contains("掛牌運營");
        assertThat(e.source().text()).isEqualTo("丹霞溫泉康養中心5月底前掛牌運營");
    }

    @Test
    void aDocumentWithoutProjectsOrADateHasNone() {
        assertThat(read(HEAD + REVIEW + "全县生产总值增长5.2%。\n").events()).isEmpty();
        assertThat(read("没有日期的一段文字,县医院建成投用。").size()).isZero();
    }
}
