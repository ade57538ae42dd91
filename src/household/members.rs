//! The changes the family question makes to the household, and ages as typed.

use super::{Answer, Certificate, Household, Member, Role};

impl Member {
    /// Whether the member has a disability certificate: the certificate when it was answered, else the
    /// yes / no answer to the same question ("Czy któreś z dzieci ma orzeczenie…", asked when no
    /// certificate question is).
    pub fn certified(&self) -> Answer {
        match self.certificate {
            Certificate::Unknown => self.disability,
            Certificate::None => Answer::No,
            _ => Answer::Yes,
        }
    }
}

impl Household {
    /// The answer to "does a child of the household have a disability": yes when any child has one, no
    /// when every child has none, else "nie wiem" (also with no children).
    pub fn child_disability(&self) -> Answer {
        let kids: Vec<&Member> = self.members.iter().filter(|m| m.role == Role::Child).collect();
        if kids.iter().any(|m| m.certified() == Answer::Yes) {
            Answer::Yes
        } else if !kids.is_empty() && kids.iter().all(|m| m.certified() == Answer::No) {
            Answer::No
        } else {
            Answer::Unknown
        }
    }

    /// Sets that answer: "yes" marks the first child (one is enough for the rules) and leaves the others
    /// as they were; "no" and "nie wiem" apply to every child.
    pub fn set_child_disability(&mut self, answer: Answer) {
        let mut first = true;
        for m in self.members.iter_mut().filter(|m| m.role == Role::Child) {
            m.disability = match answer {
                Answer::Yes if first => Answer::Yes,
                Answer::Yes => m.disability,
                other => other,
            };
            first = false;
        }
    }

    /// The members as the family question gives them: the applicant's age, then each other person's
    /// role and age. What else was known of the person in each place (income, disability) stays; a
    /// birth date gives way to the age just typed.
    pub fn rebuild_members(&mut self, applicant_age: Option<u32>, others: &[(Role, Option<u32>)]) {
        let old = std::mem::take(&mut self.members);
        let keep = |i: usize| old.get(i).cloned().unwrap_or_default();
        let mut members = vec![Member { role: Role::Applicant, age: applicant_age, birth_date: None, ..keep(0) }];
        for (i, &(role, age)) in others.iter().enumerate() {
            members.push(Member { role, age, birth_date: None, ..keep(i + 1) });
        }
        self.members = members;
    }
}

/// An age as typed that is not a whole number of years from 0 to 130.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotAnAge;

/// Reads an age as typed: empty is "not given", a whole number of years up to 130 is an age.
pub fn parse_age_input(text: &str) -> Result<Option<u32>, NotAnAge> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<u32>() {
        Ok(n) if n <= 130 => Ok(Some(n)),
        _ => Err(NotAnAge),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn family() -> Household {
        let mut h = Household::new();
        h.members[0].incomes = Some(vec![]);
        for age in [4, 9] {
            h.members.push(Member { role: Role::Child, age: Some(age), ..Member::default() });
        }
        h
    }

    #[test]
    fn yes_marks_the_first_child_and_no_or_unknown_every_child() {
        let mut h = family();
        assert_eq!(h.child_disability(), Answer::Unknown);
        h.set_child_disability(Answer::No);
        assert_eq!(h.child_disability(), Answer::No);
        h.set_child_disability(Answer::Yes);
        assert_eq!((h.members[1].disability, h.members[2].disability), (Answer::Yes, Answer::No));
        assert_eq!(h.child_disability(), Answer::Yes);
        h.set_child_disability(Answer::Unknown);
        assert_eq!(h.child_disability(), Answer::Unknown);
        assert_eq!(h.members[0].disability, Answer::default(), "the applicant is not a child");
        assert_eq!(Household::new().child_disability(), Answer::Unknown);
    }

    #[test]
    fn rebuilding_members_keeps_what_was_known_in_each_place() {
        let mut h = family();
        h.members[1].disability = Answer::Yes;
        h.members[0].birth_date = Some("1990-01-01".parse().unwrap());
        h.rebuild_members(Some(35), &[(Role::Child, Some(5)), (Role::Partner, None), (Role::Other, Some(70))]);
        assert_eq!(h.members.len(), 4);
        assert_eq!((h.members[0].role, h.members[0].age, h.members[0].birth_date), (Role::Applicant, Some(35), None));
        assert_eq!(h.members[0].incomes, Some(vec![]), "the applicant's incomes stay");
        assert_eq!((h.members[1].age, h.members[1].disability), (Some(5), Answer::Yes));
        assert_eq!((h.members[2].role, h.members[2].age), (Role::Partner, None));
        assert_eq!(h.members[3].incomes, None, "a new person's incomes are not known");
        h.rebuild_members(None, &[]);
        assert_eq!(h.members.len(), 1);
    }

    #[test]
    fn ages_as_typed() {
        assert_eq!(parse_age_input(" 42 "), Ok(Some(42)));
        assert_eq!(parse_age_input(""), Ok(None));
        assert_eq!(parse_age_input("130"), Ok(Some(130)));
        for bad in ["131", "-1", "4,5", "dwa"] {
            assert_eq!(parse_age_input(bad), Err(NotAnAge), "{bad}");
        }
    }
}
