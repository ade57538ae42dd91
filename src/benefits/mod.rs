//! The cash benefits every social welfare centre in Poland grants under the act on social assistance
//! (ustawa z 12 marca 2004 r. o pomocy społecznej), in every gmina and on every day of the year: zasiłek
//! stały (art. 37), okresowy (art. 38), celowy (art. 39, and art. 40 after a random event) and specjalny
//! zasiłek celowy (art. 41 pkt 1). Defined once, built into the apps: the words of their sources
//! ([`act`]), the act's amounts by the day ([`amounts`]) and its conditions, checked three-valued with the
//! values compared ([`check`]). Every result is what the act says, never the centre's decision.

pub mod act;
pub mod amounts;
pub mod check;
pub mod explain;

#[cfg(test)]
mod explain_tests;
#[cfg(test)]
mod tests;

/// One of the act's benefits.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Benefit {
    ZasilekStaly,
    ZasilekOkresowy,
    ZasilekCelowy,
    SpecjalnyZasilekCelowy,
}

/// Stored by its name (`"zasilek-staly"`): a stored request never depends on the order of the list.
impl serde::Serialize for Benefit {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.slug())
    }
}

impl<'de> serde::Deserialize<'de> for Benefit {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Benefit::from_slug(&name).ok_or_else(|| serde::de::Error::custom(format!("no benefit is called {name:?}")))
    }
}

impl Benefit {
    pub const ALL: [Benefit; 4] =
        [Benefit::ZasilekStaly, Benefit::ZasilekOkresowy, Benefit::ZasilekCelowy, Benefit::SpecjalnyZasilekCelowy];

    /// Its part of an address (`/zasilki/zasilek-staly/`) and its name in a stored request.
    pub fn slug(self) -> &'static str {
        match self {
            Benefit::ZasilekStaly => "zasilek-staly",
            Benefit::ZasilekOkresowy => "zasilek-okresowy",
            Benefit::ZasilekCelowy => "zasilek-celowy",
            Benefit::SpecjalnyZasilekCelowy => "specjalny-zasilek-celowy",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Benefit> {
        Benefit::ALL.into_iter().find(|b| b.slug() == slug)
    }

    /// Its name, as the act and every centre write it (Polish in every language).
    pub fn name(self) -> &'static str {
        match self {
            Benefit::ZasilekStaly => "Zasiłek stały",
            Benefit::ZasilekOkresowy => "Zasiłek okresowy",
            Benefit::ZasilekCelowy => "Zasiłek celowy",
            Benefit::SpecjalnyZasilekCelowy => "Specjalny zasiłek celowy",
        }
    }

    /// The article of the act that grants it. Apart from [`Benefit::def`], so that naming a benefit
    /// (as the checker's results do) does not build in every statement of its sources.
    pub fn article(self) -> &'static str {
        match self {
            Benefit::ZasilekStaly => "art. 37",
            Benefit::ZasilekOkresowy => "art. 38",
            Benefit::ZasilekCelowy => "art. 39–40",
            Benefit::SpecjalnyZasilekCelowy => "art. 41 pkt 1",
        }
    }

    /// What its sources say of it.
    pub fn def(self) -> &'static act::BenefitDef {
        match self {
            Benefit::ZasilekStaly => &act::ZASILEK_STALY,
            Benefit::ZasilekOkresowy => &act::ZASILEK_OKRESOWY,
            Benefit::ZasilekCelowy => &act::ZASILEK_CELOWY,
            Benefit::SpecjalnyZasilekCelowy => &act::SPECJALNY_ZASILEK_CELOWY,
        }
    }
}
