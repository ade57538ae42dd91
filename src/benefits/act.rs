//! The act's benefits as its sources state them: names, articles, conditions in words, the amount rule,
//! what to bring and how to apply. Catalogue text: Polish, as the sources write it, shown marked as
//! Polish in every language. Each statement names the page it was read on (`data/sources/statutory/`,
//! compiled in November 2026); what the pages disagree on or cut off is marked unverified.

use crate::dates::PartialDate;

use super::Benefit;

/// A page the act's facts were read on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ActSource {
    /// Who published it, as a resident reads it.
    pub title: &'static str,
    /// Its address; `None` for the act itself, read in the law's own register.
    pub url: Option<&'static str>,
    /// When the page was written, where it says.
    pub published: Option<PartialDate>,
}

/// When the pages were read (`data/sources/statutory/SOURCE.md`).
pub const READ_IN: PartialDate = PartialDate::Month { year: 2026, month: 11 };

pub const SZUDZIALOWO: ActSource = ActSource {
    title: "Gmina Szudziałowo: informacja o zmianie kryteriów dochodowych",
    url: Some("https://szudzialowo-gmina.pl/aktualnosc-111-informacja_zmianie_ulegaja_kryteria.html"),
    published: None,
};
pub const DZIENNIK_STALY: ActSource = ActSource {
    title: "Dziennik.pl: Zasiłek stały w 2025 roku – ile wynosi i komu przysługuje",
    url: Some("https://gospodarka.dziennik.pl/finanse/artykuly/9862683,zasilek-staly-w-2025-roku-ile-wynosi-i-komu-przysluguje.html"),
    published: Some(PartialDate::Year(2025)),
};
pub const INFOR_STALY: ActSource = ActSource {
    title: "Infor.pl: Zasiłek stały 2024 i 2025 r. – ile wynosi",
    url: Some("https://www.infor.pl/prawo/pomoc-spoleczna/zasilki/6667576,zasilek-staly-2024-i-2025-r-ile-wynosi-kryterium-dochodowe-czy-wli.html"),
    published: Some(PartialDate::Month { year: 2024, month: 7 }),
};
pub const ONET_STALY: ActSource = ActSource {
    title: "Onet: Podwyżka zasiłku stałego od 1 stycznia 2024 r.",
    url: Some("https://kobieta.onet.pl/wiadomosci/podwyzka-zasilku-stalego-od-1-stycznia-2024-r-ile-wyniosa-nowe-stawki/gf7jyn1"),
    published: Some(PartialDate::Year(2023)),
};
pub const INFOR_WALORYZACJA: ActSource = ActSource {
    title: "Samorząd Infor.pl: Waloryzacja od 1 stycznia 2024 r.",
    url: Some("https://samorzad.infor.pl/sektor/zadania/opieka_spoleczna/6323524,waloryzacja-od-1-stycznia-2024-r-podwyzka-z-719-zl-do-1000-zl-dla-kolejnego-swiadczenia-nowelizacja.html"),
    published: Some(PartialDate::Month { year: 2023, month: 9 }),
};
pub const DEBNO_STALY: ActSource = ActSource {
    title: "Ośrodek Pomocy Społecznej w Dębnie: zasiłek stały",
    url: Some("https://ops-debno.pl/category/pomoc-spolecna/zasilek-staly/"),
    published: None,
};
pub const PIESZYCE_OKRESOWY: ActSource = ActSource {
    title: "Centrum Usług Społecznych w Pieszycach: zasiłek okresowy",
    url: Some("https://pieszyce.naszcus.pl/pomoc-spoleczna-1/zasilki/zasilek-okresowy"),
    published: None,
};
pub const GOLESZOW_OKRESOWY: ActSource = ActSource {
    title: "Gminny Ośrodek Pomocy Społecznej w Goleszowie: zasiłek okresowy",
    url: Some("https://gops-goleszow.pl/?zasilek-okresowy,147"),
    published: None,
};
pub const WADOWICE_GORNE_CELOWY: ActSource = ActSource {
    title: "Gminny Ośrodek Pomocy Społecznej w Wadowicach Górnych: zasiłek celowy",
    url: Some("https://gops.wadowicegorne.pl/index.php/swiadczenia-pieniezne/63-zasilek-celowy.html"),
    published: None,
};
pub const STAROGARD_SPECJALNY: ActSource = ActSource {
    title: "Miejski Ośrodek Pomocy Społecznej w Starogardzie Gdańskim: specjalny zasiłek celowy",
    url: Some("https://www.mops.starogard.pl/index.php/pomoc-spoleczna/69-formy-pomocy/specjalny-zasilek-celowy"),
    published: None,
};
pub const BRZEZNICA_ZWROTNY: ActSource = ActSource {
    title: "Gminny Ośrodek Pomocy Społecznej w Brzeźnicy: specjalny zasiłek celowy",
    url: Some(
        "http://www.gops.brzeznica.eu/index.php/uzyskanie-pomocy/swiadczenia-pieniezne/59-specjalny-zasilek-celowy",
    ),
    published: None,
};
pub const DORADCA_RADA: ActSource = ActSource {
    title: "Doradca w pomocy społecznej: Zasiłek celowy – praktyka i orzecznictwo",
    url: Some("https://doradcawpomocyspolecznej.pl/artykul/zasilek-celowy-praktyka-i-orzecznictwo"),
    published: Some(PartialDate::Month { year: 2022, month: 7 }),
};

/// The act itself, for what the pages quote of it in general (who may apply and how). Its consolidated
/// text as several pages cite it; a newer one (Dz.U. 2026 poz. 639) is claimed by one page only:
/// unverified.
pub const ACT: ActSource = ActSource {
    title: "Ustawa z dnia 12 marca 2004 r. o pomocy społecznej (tekst jednolity Dz.U. 2025 poz. 1214)",
    url: None,
    published: None,
};

/// The act named after an article ("art. 37 ustawy o pomocy społecznej").
pub const ACT_GENITIVE: &str = "ustawy o pomocy społecznej";

/// One condition of a benefit, in the words of its sources.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Condition {
    pub text: &'static str,
    pub article: &'static str,
    pub source: &'static ActSource,
}

/// A benefit as its sources define it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BenefitDef {
    /// Its name and article are the benefit's own ([`Benefit::name`], [`Benefit::article`]).
    pub benefit: Benefit,
    /// What it is for, in a sentence.
    pub summary: &'static str,
    pub conditions: &'static [Condition],
    /// The amount rule in words (the figures come from `amounts`, by the day).
    pub amount: Condition,
    /// What the centre asks for.
    pub bring: &'static [&'static str],
    /// What the sources disagree on or cut off.
    pub unverified: &'static [&'static str],
    /// Whether a gmina council may raise its income limit by resolution (art. 8 ust. 2).
    pub council_may_raise_limit: bool,
}

/// How any of them is asked for, the same for all: the centre decides.
pub const HOW_TO_APPLY: &[Condition] = &[
    Condition {
        text: "O zasiłek można poprosić w każdej chwili, na piśmie w dowolnej formie albo ustnie, w ośrodku pomocy społecznej gminy, w której się mieszka.",
        article: "art. 102",
        source: &ACT,
    },
    Condition {
        text: "Pracownik socjalny przeprowadza wywiad środowiskowy, a o przyznaniu zasiłku i jego kwocie decyduje ośrodek.",
        article: "art. 106–107",
        source: &ACT,
    },
    Condition {
        text: "Dochód to dochód netto z miesiąca poprzedzającego złożenie wniosku.",
        article: "art. 8 ust. 3",
        source: &ACT,
    },
];

/// Said where a council may raise a limit: a limit shown is never final without it.
pub const COUNCIL_MAY_RAISE: Condition = Condition {
    text: "Rada gminy może uchwałą podwyższyć kwoty dochodu uprawniające do zasiłku okresowego i celowego.",
    article: "art. 8 ust. 2",
    source: &DORADCA_RADA,
};

/// What every one of them asks for (DOMAIN §10); a benefit adds its own.
const ID_AND_INCOME: [&str; 2] =
    ["dokument tożsamości", "dokumenty o dochodach wszystkich osób w gospodarstwie z miesiąca przed złożeniem wniosku"];

pub const ZASILEK_STALY: BenefitDef = BenefitDef {
    benefit: Benefit::ZasilekStaly,
    summary: "Świadczenie obowiązkowe, co miesiąc, dla pełnoletniej osoby niezdolnej do pracy z powodu wieku albo całkowicie niezdolnej do pracy, której dochód jest niższy od kryterium dochodowego.",
    conditions: &[
        Condition {
            text: "Osoba pełnoletnia, niezdolna do pracy z powodu wieku (wiek emerytalny: 60 lat kobieta, 65 lat mężczyzna) albo całkowicie niezdolna do pracy (orzeczenie o znacznym lub umiarkowanym stopniu niepełnosprawności, I lub II grupa inwalidzka albo całkowita niezdolność do pracy orzeczona przez ZUS lub KRUS).",
            article: "art. 37 ust. 1, art. 6",
            source: &INFOR_WALORYZACJA,
        },
        Condition {
            text: "Osoba samotnie gospodarująca: dochód niższy od kryterium dochodowego osoby samotnie gospodarującej. Osoba w rodzinie: dochód własny i dochód na osobę w rodzinie niższe od kryterium dochodowego na osobę w rodzinie.",
            article: "art. 37 ust. 1",
            source: &INFOR_WALORYZACJA,
        },
    ],
    amount: Condition {
        text: "Osoba samotnie gospodarująca: 130% kryterium dochodowego osoby samotnie gospodarującej minus jej dochód, nie więcej niż kwota najwyższa. Osoba w rodzinie: 130% kryterium dochodowego na osobę w rodzinie minus dochód na osobę w rodzinie. Nie mniej niż kwota najniższa.",
        article: "art. 37 ust. 2–3",
        source: &DZIENNIK_STALY,
    },
    bring: &[
        ID_AND_INCOME[0],
        ID_AND_INCOME[1],
        "orzeczenie o stopniu niepełnosprawności albo o niezdolności do pracy, jeśli o nie chodzi",
    ],
    unverified: &[
        "Dla osoby w rodzinie strony podają różnie: większość 130% kryterium na osobę (1069,90 zł) minus dochód na osobę, jedna 823 zł minus dochód na osobę.",
        "Zasiłek stały nie przysługuje razem z rentą socjalną, świadczeniem pielęgnacyjnym, specjalnym zasiłkiem opiekuńczym ani zasiłkiem dla opiekuna; pełna lista w art. 37 ust. 5 nie została odczytana.",
    ],
    council_may_raise_limit: false,
};

pub const ZASILEK_OKRESOWY: BenefitDef = BenefitDef {
    benefit: Benefit::ZasilekOkresowy,
    summary: "Świadczenie na czas ustalony przez ośrodek, przy dochodzie niższym od kryterium dochodowego, w szczególności z powodu długotrwałej choroby, niepełnosprawności, bezrobocia albo możliwości nabycia uprawnień z innych systemów zabezpieczenia społecznego.",
    conditions: &[Condition {
        text: "Dochód osoby samotnie gospodarującej albo rodziny niższy od kryterium dochodowego osoby samotnie gospodarującej albo rodziny.",
        article: "art. 38 ust. 1",
        source: &PIESZYCE_OKRESOWY,
    }],
    amount: Condition {
        text: "Nie mniej niż 50% różnicy między kryterium dochodowym a dochodem i nie mniej niż 20 zł, najwyżej ta różnica. Okres ustala ośrodek.",
        article: "art. 38 ust. 2–3",
        source: &PIESZYCE_OKRESOWY,
    },
    bring: &ID_AND_INCOME,
    unverified: &["Kwota najwyższa dla osoby samotnie gospodarującej: jedna strona podaje 823 zł, starsze 418 zł."],
    council_may_raise_limit: true,
};

pub const ZASILEK_CELOWY: BenefitDef = BenefitDef {
    benefit: Benefit::ZasilekCelowy,
    summary: "Na niezbędną potrzebę bytową: żywność, leki i leczenie, opał, odzież, przedmioty użytku domowego, drobne remonty, pogrzeb. Po zdarzeniu losowym, klęsce żywiołowej lub ekologicznej także bez względu na dochód.",
    conditions: &[
        Condition {
            text: "Dochód nie wyższy od kryterium dochodowego osoby samotnie gospodarującej albo rodziny.",
            article: "art. 39, art. 8 ust. 1",
            source: &WADOWICE_GORNE_CELOWY,
        },
        Condition {
            text: "Po zdarzeniu losowym, klęsce żywiołowej lub ekologicznej: niezależnie od dochodu; zasiłek może nie podlegać zwrotowi.",
            article: "art. 40 ust. 1–2",
            source: &WADOWICE_GORNE_CELOWY,
        },
    ],
    amount: Condition {
        text: "Ustawa nie określa kwoty: ustala ją ośrodek.",
        article: "art. 39",
        source: &WADOWICE_GORNE_CELOWY,
    },
    bring: &ID_AND_INCOME,
    unverified: &[],
    council_may_raise_limit: true,
};

pub const SPECJALNY_ZASILEK_CELOWY: BenefitDef = BenefitDef {
    benefit: Benefit::SpecjalnyZasilekCelowy,
    summary: "W szczególnie uzasadnionych przypadkach dla osoby lub rodziny o dochodzie wyższym od kryterium dochodowego; nie podlega zwrotowi.",
    conditions: &[
        Condition {
            text: "Dochód wyższy od kryterium dochodowego, w szczególnie uzasadnionym przypadku.",
            article: "art. 41 pkt 1",
            source: &STAROGARD_SPECJALNY,
        },
        Condition {
            text: "Przy dochodzie wyższym od kryterium ośrodek może też przyznać zasiłek okresowy, celowy albo pomoc rzeczową pod warunkiem zwrotu części lub całości.",
            article: "art. 41 pkt 2",
            source: &BRZEZNICA_ZWROTNY,
        },
    ],
    amount: Condition {
        text: "Do wysokości kryterium dochodowego osoby samotnie gospodarującej albo kryterium na osobę w rodzinie razy liczba osób.",
        article: "art. 41 pkt 1",
        source: &STAROGARD_SPECJALNY,
    },
    bring: &ID_AND_INCOME,
    unverified: &[],
    council_may_raise_limit: false,
};

/// Who may receive them, said to a resident who is not a Polish citizen: the title of residence decides,
/// and which titles count in December 2026 is not verified here, so the centre says.
pub const RESIDENCE_TITLE: Condition = Condition {
    text: "Osoba, która nie jest obywatelem Polski, ma prawo do tych świadczeń tylko z niektórymi tytułami pobytowymi: o prawie decyduje jej tytuł pobytowy, a powie o nim ośrodek.",
    article: "art. 5",
    source: &ACT,
};
