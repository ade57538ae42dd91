//! The answer to the general check's first question, "W jakiej gminie mieszkasz?", given on the start
//! page as written (`ui::check::first_question`): what the islands bundle hands over to the checker
//! app, written and read here in one place.

/// What "Zacznij" takes from the start page's question.
#[derive(Clone, Debug, PartialEq)]
pub enum StartAnswer {
    /// Nothing answered: the questions start at the gmina's.
    Nothing,
    /// "Nie wiem".
    Unknown,
    Gmina {
        code: String,
        name: String,
        district: Option<String>,
    },
}

const UNKNOWN: &str = "unknown";

impl StartAnswer {
    pub fn gmina(code: String, name: String, district: Option<String>) -> StartAnswer {
        StartAnswer::Gmina { code, name, district }
    }

    /// As handed from the islands to the app: `unknown`, or the gmina's code, name and district (empty
    /// when none), separated by tabs; nothing answered is the empty text. (Only the islands hand over.)
    pub fn encode(&self) -> String {
        match self {
            StartAnswer::Nothing => String::new(),
            StartAnswer::Unknown => UNKNOWN.to_string(),
            StartAnswer::Gmina { code, name, district } => {
                format!("{code}\t{name}\t{}", district.as_deref().unwrap_or_default())
            }
        }
    }

    /// [`StartAnswer::encode`]'s text read back; anything else is nothing answered (the questions then
    /// start at the gmina's, which asks again).
    pub fn decode(text: &str) -> StartAnswer {
        if text == UNKNOWN {
            return StartAnswer::Unknown;
        }
        let mut fields = text.split('\t');
        match (fields.next(), fields.next(), fields.next(), fields.next()) {
            (Some(code), Some(name), Some(district), None)
                if code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit()) && !name.is_empty() =>
            {
                let district = (!district.is_empty()).then(|| district.to_string());
                StartAnswer::gmina(code.into(), name.into(), district)
            }
            _ => StartAnswer::Nothing,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picked(district: Option<&str>) -> StartAnswer {
        StartAnswer::gmina("146501".into(), "Warszawa".into(), district.map(str::to_string))
    }

    #[test]
    fn an_answer_handed_over_reads_back_the_same() {
        for answer in [StartAnswer::Nothing, StartAnswer::Unknown, picked(None), picked(Some("1465148"))] {
            assert_eq!(StartAnswer::decode(&answer.encode()), answer, "{answer:?}");
        }
    }

    #[test]
    fn a_damaged_handover_is_nothing_answered() {
        for text in
            ["", "wiem", "146501", "146501\tWarszawa", "14650\tWarszawa\t", "146501\t\t", "146501\tWarszawa\t\tx"]
        {
            assert_eq!(StartAnswer::decode(text), StartAnswer::Nothing, "{text:?}");
        }
    }
}
