package org.xianzhi.core.ingest;

import java.util.BitSet;

/**
 * The characters that make up most of running Chinese text, in both scripts: about 840 frequent simplified characters
 * (general frequency plus the vocabulary of county reports) and the traditional forms that differ from them.
 *
 * <p>Why it exists: GBK bytes usually also decode as Big5 and the other way round, without a single error, so the
 * decoding that yields text made of these characters is the right one. Real text is mostly common characters; bytes read
 * in the wrong legacy charset land on kana, Greek, private-use and rare characters. The list was written by hand; the
 * traditional forms were taken once from opencc4j's simplified-to-traditional table plus the Taiwan standard variants
 * (為, 眾, 裡…), and a test checks that every simplified entry's traditional form is present.
 */
final class CommonHanzi {
    static final String SIMPLIFIED = ""
            + "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方"
            + "多经去法学如都同现当没动面起看定天分还进好小部其些主样理心本前开但因只从想实日者意无力它与长把机十民第公此已工使情明性知"
            + "全三又关点正业外将两高间由问很最重并物手应向头文体政美相见被利什二等产或新己制身果加西月话合回特代内信表化老给世位次度门"
            + "任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活更别打女变四神总何电数安少报才结反受目太量再感建务做"
            + "接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记"
            + "南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快"
            + "办议往元英士证近失转夫令准布始存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况请技际约示复病息究"
            + "线似官火断精满支视消越器容照须九增研写称企八功包片史委乎查轻易早曾除农找装广显标谈图念六引历首医局突专费号尽另周较注语仅"
            + "考落青随选列红响虽推势参希古众构房半节土投某案维革划致律足态护七兴派验责营星够章音跟志底站严例防族供效续施留讲型料终答紧"
            + "黄绝察京段依批群项故按河米围江织害双境客纪采举父密低朝友诉止细愿千值仍钱破网热助育属坐限职速刻乐否刚状率独球般普校创假久"
            + "错承印晚试股脑预益阳若微继送急惊伤素药适省初喜卫源食险待述陆习置居劳财环排福纳欢获模充负云停木游龙树层冷洲略范句室异激汉"
            + "村策演简判担州静退既宗积余检差富协角占配征修降阶审坚善读超免压银买养怀执副抗犯追帮宣岁航优香著田铁控税左右份艺背草块顿守"
            + "酒岛托央户烈洋胡款靠评版宝座释景顾登货互付慢换闻核介良序升监临亮永野架域沙括鱼杂误湾减编测败屋散温困渐封救贵缺楼县镇乡亿"
            + "幅累均零售招固粮吨亩耕旅综瓦伏储煤炭矿井脱贫巩衔振庄街疗健康障桥梁灌溉污染绿森覆盖湖园链牌递智络讯访聚焦绕稳倍净扩竣签债"
            + "券补奖励";

    static final String TRADITIONAL_ONLY = ""
            + "這個們來爲國說時會對於過發後裏種經學現當沒動還進樣開從實無與長機關點業將兩間問並應頭體見產話內給門兒東聲員論處義幾認條氣"
            + "題別變總電數報結務場計資許統區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風幹聯組濟車親極辦議證"
            + "轉準遠臺單羅愛擊備連調質團價黨華級離況請際約復線斷滿視須寫稱輕農裝廣顯標談圖歷醫專費號盡較語僅隨選紅響雖勢參衆構節維劃態"
            + "護興驗責營夠嚴續講終緊黃絕羣項圍織雙紀採舉訴細願錢網熱屬職樂剛狀獨創錯試腦預陽繼驚傷藥適衛險陸習勞財環納歡獲負雲遊龍樹層"
            + "範異漢簡擔靜積餘檢協佔徵階審堅讀壓銀買養懷執幫歲優鐵稅藝塊頓島託戶評寶釋顧貨換聞監臨魚雜誤灣減編測敗溫漸貴樓縣鎮鄉億糧噸"
            + "畝綜儲礦脫貧鞏銜莊療橋綠蓋園鏈遞絡訊訪繞穩淨擴籤債補獎勵為眾裡複乾係繫曆簽麼";

    private static final BitSet TABLE = new BitSet(0x10000);

    static {
        (SIMPLIFIED + TRADITIONAL_ONLY).chars().forEach(TABLE::set);
    }

    private CommonHanzi() {
    }

    static boolean contains(char c) {
        return TABLE.get(c);
    }
}
