//! The household's gmina by its TERYT code. Households written before codes were kept (stored answers of
//! an earlier schema, household files typed by hand) name the gmina only; the name is looked up in the
//! gmina index, and a name that fits several gminas (two are called Konopnica) or none is not guessed:
//! the gmina becomes unanswered and the resident picks it from the list.

use super::Household;
use crate::places::Places;

/// What became of the household's gmina.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GminaByName {
    /// Nothing to do: a code is already there, or no gmina was given.
    Unchanged,
    /// The name fits exactly one gmina, whose code is now kept.
    Resolved,
    /// The name fits these gminas (codes); the gmina is now unanswered.
    Ambiguous { name: String, codes: Vec<String> },
    /// The name is no gmina's; the gmina is now unanswered.
    Unknown(String),
}

impl GminaByName {
    /// True when the gmina was dropped and has to be asked again.
    pub fn dropped(&self) -> bool {
        matches!(self, GminaByName::Ambiguous { .. } | GminaByName::Unknown(_))
    }
}

/// Gives a gmina known only by its name its code, or drops it when the name does not say which gmina.
pub fn resolve_gmina(h: &mut Household, places: &Places) -> GminaByName {
    if h.gmina_code.is_some() {
        return GminaByName::Unchanged;
    }
    let Some(name) = h.gmina.take() else { return GminaByName::Unchanged };
    let found = places.named(&name);
    match found.as_slice() {
        [one] => {
            h.gmina = Some(one.gmina.name.clone());
            h.gmina_code = Some(one.gmina.code.clone());
            GminaByName::Resolved
        }
        [] => GminaByName::Unknown(name),
        many => GminaByName::Ambiguous { name, codes: many.iter().map(|g| g.gmina.code.clone()).collect() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::places::PlacesFile;

    fn places() -> Places {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/1/places.json")).unwrap();
        Places::new(serde_json::from_str::<PlacesFile>(&text).unwrap())
    }

    fn named(name: &str) -> Household {
        Household { gmina: Some(name.into()), ..Household::new() }
    }

    #[test]
    fn a_name_of_one_gmina_gets_its_code_written_as_the_register_writes_it() {
        let places = places();
        let mut h = named("klobuck");
        assert_eq!(resolve_gmina(&mut h, &places), GminaByName::Resolved);
        assert_eq!((h.gmina.as_deref(), h.gmina_code.as_deref()), (Some("Kłobuck"), Some("240601")));
    }

    #[test]
    fn a_name_of_two_gminas_or_of_none_is_dropped_never_guessed() {
        let places = places();
        let mut h = named("Konopnica");
        let found = resolve_gmina(&mut h, &places);
        assert_eq!(
            found,
            GminaByName::Ambiguous { name: "Konopnica".into(), codes: vec!["060908".into(), "101703".into()] }
        );
        assert!(found.dropped());
        assert_eq!((h.gmina, h.gmina_code), (None, None));
        let mut h = named("Testowo");
        assert_eq!(resolve_gmina(&mut h, &places), GminaByName::Unknown("Testowo".into()));
        assert_eq!(h.gmina, None);
    }

    #[test]
    fn a_household_with_a_code_or_no_gmina_is_left_as_it_is() {
        let places = places();
        let mut h = Household { gmina_code: Some("101703".into()), ..named("Konopnica") };
        let before = h.clone();
        assert_eq!(resolve_gmina(&mut h, &places), GminaByName::Unchanged);
        assert_eq!(h, before);
        let mut h = Household::new();
        assert_eq!(resolve_gmina(&mut h, &places), GminaByName::Unchanged);
        assert_eq!(h, Household::new());
    }
}
