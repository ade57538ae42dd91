//! Disability certificates and carers in the rules: which member of the household meets a certificate
//! criterion, and the words for it, from the same facts.

use chrono::NaiveDate;

use super::verdict::{all_of, any_of, CriterionResult, MemberFact, Outcome, Reason};
use super::words::{age_range, list, years};
use super::{AgeRange, CriterionKind};
use crate::household::{Answer, Certificate, Household, Role};
use crate::i18n::{t, Locale};
use crate::text::lowercase;

/// A certificate or carer criterion against the household on `day`.
pub(super) fn evaluate(kind: &CriterionKind, h: &Household, day: NaiveDate) -> (Outcome, Reason) {
    match kind {
        CriterionKind::DisabilityCertificate { certificates, ages } => {
            let (outcome, members, matched) = certificate_holder(h, certificates, *ages, day, 0);
            (outcome, Reason::Certificate { members, matched })
        }
        CriterionKind::Carer { certificates, ages } => {
            // The one cared for is another member: the person filling in is the carer.
            let (found, members, matched) = certificate_holder(h, certificates, *ages, day, 1);
            let carer = h.situation.carer;
            (all_of([Outcome::from_answer(carer), found].into_iter()), Reason::Carer { carer, members, matched })
        }
        other => unreachable!("not a certificate criterion: {}", other.code().code()),
    }
}

/// Whether a member (from position `skip` on) has one of `certificates` at an age in `ages`: met for
/// the first who does; unknown while a member's certificate or needed age is not known and could fit;
/// not met otherwise. Every member compared is returned for the reason.
fn certificate_holder(
    h: &Household,
    certificates: &[Certificate],
    ages: AgeRange,
    day: NaiveDate,
    skip: usize,
) -> (Outcome, Vec<MemberFact>, Option<MemberFact>) {
    let members: Vec<MemberFact> = h
        .members
        .iter()
        .enumerate()
        .skip(skip)
        .map(|(position, m)| MemberFact { position, role: m.role, age: m.age_on(day), certificate: m.certificate })
        .collect();
    let fits = |m: &MemberFact| -> Outcome {
        let certificate = match m.certificate {
            Certificate::Unknown => Outcome::Unknown,
            c if certificates.contains(&c) => Outcome::Met,
            _ => Outcome::NotMet,
        };
        let age = match (ages.is_any(), m.age) {
            (true, _) => Outcome::Met,
            (false, None) => Outcome::Unknown,
            (false, Some(a)) if ages.contains(a) => Outcome::Met,
            (false, Some(_)) => Outcome::NotMet,
        };
        all_of([certificate, age].into_iter())
    };
    let matched = members.iter().find(|m| fits(m) == Outcome::Met).copied();
    (any_of(members.iter().map(fits)), members, matched)
}

pub fn certificate_label(c: Certificate, locale: Locale) -> &'static str {
    match c {
        Certificate::Unknown => t::answer_unknown(locale),
        Certificate::None => t::certificate_none(locale),
        Certificate::Light => t::certificate_light(locale),
        Certificate::Moderate => t::certificate_moderate(locale),
        Certificate::Severe => t::certificate_severe(locale),
        Certificate::EquivalentModerate => t::certificate_equivalent_moderate(locale),
        Certificate::EquivalentSevere => t::certificate_equivalent_severe(locale),
        Certificate::Child => t::certificate_child(locale),
        Certificate::ChildWith78 => t::certificate_child_with_7_8(locale),
    }
}

/// "orzeczenie o znacznym stopniu niepełnosprawności lub …", with the ages when the rule has them.
pub fn certificates_asked(certificates: &[Certificate], ages: AgeRange, locale: Locale) -> String {
    let names = list(certificates, |c| certificate_label(c, locale));
    match (ages.from, ages.under) {
        (None, None) => names,
        (from, under) => t::certificates_with_ages(
            locale,
            t::CertificatesWithAges {
                ages: &age_range(from, under.map(|u| u.saturating_sub(1)), locale),
                names: &names,
            },
        ),
    }
}

/// "Ty" or "Osoba 2 (dziecko, 10 lat)", as the checker names household members.
fn member_text(m: &MemberFact, locale: Locale) -> String {
    if m.position == 0 {
        return t::role_applicant(locale).to_string();
    }
    let role = match m.role {
        Role::Applicant => t::role_applicant(locale),
        Role::Partner => t::role_partner_member(locale),
        Role::Child => t::role_child(locale),
        Role::Other => t::role_other_relative(locale),
    };
    let n = m.position + 1;
    match m.age {
        Some(a) => t::member_with_age(locale, t::MemberWithAge { age: &years(a, locale), n: &n, role: &role }),
        None => t::member_without_age(locale, t::MemberWithoutAge { n: &n, role: &role }),
    }
}

/// "Ty: brak orzeczenia; osoba 2 (dziecko, 10 lat): nie wiem".
fn members_text(members: &[MemberFact], locale: Locale) -> String {
    members
        .iter()
        .map(|m| format!("{}: {}", member_text(m, locale), lowercase(certificate_label(m.certificate, locale))))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The reason for a certificate or carer criterion's result.
pub(super) fn reason_text(result: &CriterionResult, locale: Locale) -> String {
    match &result.reason {
        Reason::Certificate { members, matched } => {
            let asked = match result.kind() {
                CriterionKind::DisabilityCertificate { certificates, ages } => {
                    certificates_asked(certificates, *ages, locale)
                }
                _ => String::new(),
            };
            let facts = members_text(members, locale);
            match (result.outcome, matched) {
                (Outcome::Met, Some(m)) => t::reason_certificate_met(
                    locale,
                    t::ReasonCertificateMet {
                        asked: &asked,
                        certificate: &lowercase(certificate_label(m.certificate, locale)),
                        member: &member_text(m, locale),
                    },
                ),
                (Outcome::NotMet, _) => {
                    t::reason_certificate_not_met(locale, t::ReasonCertificateNotMet { asked: &asked, facts: &facts })
                }
                _ => {
                    t::reason_certificate_unknown(locale, t::ReasonCertificateUnknown { asked: &asked, facts: &facts })
                }
            }
        }
        Reason::Carer { carer, members, matched } => {
            let asked = match result.kind() {
                CriterionKind::Carer { certificates, ages } => certificates_asked(certificates, *ages, locale),
                _ => String::new(),
            };
            let facts = members_text(members, locale);
            match (result.outcome, carer, matched) {
                (Outcome::Met, _, Some(m)) => t::reason_carer_met(
                    locale,
                    t::ReasonCarerMet {
                        asked: &asked,
                        certificate: &lowercase(certificate_label(m.certificate, locale)),
                        member: &member_text(m, locale),
                    },
                ),
                (_, Answer::No, _) => t::reason_carer_not_carer(locale, asked),
                (Outcome::NotMet, _, _) if members.is_empty() => t::reason_carer_alone(locale, asked),
                (Outcome::NotMet, _, _) => {
                    t::reason_carer_no_member(locale, t::ReasonCarerNoMember { asked: &asked, facts: &facts })
                }
                (_, Answer::Unknown, _) => t::reason_carer_unknown(locale, asked),
                _ => {
                    t::reason_carer_member_unknown(locale, t::ReasonCarerMemberUnknown { asked: &asked, facts: &facts })
                }
            }
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::household::Member;
    use crate::rules::{parse_eligibility, Rule};

    fn result(rule: serde_json::Value, h: &Household) -> CriterionResult {
        let e = parse_eligibility(&serde_json::json!({ "rule": rule }), "e").unwrap();
        let Rule::Criterion(c) = &e.rule else { panic!("one criterion") };
        let (outcome, reason) = evaluate(&c.kind, h, day());
        CriterionResult { criterion: c.clone(), outcome, reason }
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    fn member(role: Role, age: u32, certificate: Certificate) -> Member {
        Member { role, age: Some(age), certificate, ..Member::default() }
    }

    #[test]
    fn a_child_with_indications_7_and_8_is_named_with_the_facts_compared() {
        let rule = serde_json::json!({"id": "d", "criterion": "disability_certificate", "source": "s",
            "certificates": ["child_with_7_8"], "age_from": 2, "age_under": 16});
        let mut h = Household::new();
        h.members[0].certificate = Certificate::None;
        h.members.push(member(Role::Child, 10, Certificate::ChildWith78));
        let r = result(rule.clone(), &h);
        assert_eq!(r.outcome, Outcome::Met);
        assert_eq!(
            reason_text(&r, Locale::Pl),
            "Osoba 2 (dziecko, 10 lat): orzeczenie o niepełnosprawności dziecka ze wskazaniami w pkt 7 i 8. Program \
             jest dla osób, które mają orzeczenie o niepełnosprawności dziecka ze wskazaniami w pkt 7 i 8 (w wieku od \
             2 do 15 lat)."
        );
        h.members[1].age = Some(16);
        let r = result(rule, &h);
        assert_eq!(r.outcome, Outcome::NotMet);
        assert_eq!(
            reason_text(&r, Locale::Pl),
            "Podane orzeczenia: Ty: brak orzeczenia; Osoba 2 (dziecko, 16 lat): orzeczenie o niepełnosprawności \
             dziecka ze wskazaniami w pkt 7 i 8. Program jest dla osób, które mają orzeczenie o niepełnosprawności \
             dziecka ze wskazaniami w pkt 7 i 8 (w wieku od 2 do 15 lat)."
        );
    }

    #[test]
    fn a_carer_needs_someone_else_with_the_certificate_and_to_say_so() {
        let rule = serde_json::json!({"id": "o", "criterion": "carer", "source": "s",
            "certificates": ["severe", "equivalent_severe"]});
        let mut h = Household::new();
        h.members[0].certificate = Certificate::Severe;
        h.situation.carer = Answer::Yes;
        let r = result(rule.clone(), &h);
        assert_eq!(r.outcome, Outcome::NotMet, "one's own certificate is not someone cared for");
        assert!(reason_text(&r, Locale::Pl).starts_with("Mieszkasz sam(a)"), "{}", reason_text(&r, Locale::Pl));
        h.members.push(member(Role::Other, 80, Certificate::EquivalentSevere));
        let r = result(rule.clone(), &h);
        assert_eq!(r.outcome, Outcome::Met);
        assert!(reason_text(&r, Locale::Pl).contains("Osoba 2 (inny członek rodziny, 80 lat): orzeczenie traktowane"));
        h.situation.carer = Answer::Unknown;
        assert_eq!(result(rule.clone(), &h).outcome, Outcome::Unknown);
        h.situation.carer = Answer::No;
        let r = result(rule.clone(), &h);
        assert_eq!(r.outcome, Outcome::NotMet);
        assert!(reason_text(&r, Locale::Pl).starts_with("Podano, że nie opiekujesz się"));
        h.situation.carer = Answer::Yes;
        h.members[1].certificate = Certificate::Moderate;
        assert_eq!(result(rule, &h).outcome, Outcome::NotMet, "a moderate degree is not the severe one asked for");
        for l in [Locale::Uk, Locale::En] {
            assert!(!reason_text(
                &result(
                    serde_json::json!({"id": "o", "criterion": "carer", "source": "s",
                "certificates": ["severe"]}),
                    &h
                ),
                l
            )
            .is_empty());
        }
    }
}
