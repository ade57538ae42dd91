//! The declaration as kept on the device: the person, the category they state, the sensitive items;
//! and the migrations of declarations stored by earlier releases.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::category::Category;
use crate::dates::PartialDate;
pub use crate::pesel::Sex;
use crate::problem::Problem;

/// 1: the first release. 2: an EU at-risk category is coded by its name (`ue:homeless`), no longer by
/// its place in a list whose order is unverified (`ue:9`).
pub const DECLARATION_SCHEMA: u32 = 2;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declaration {
    pub schema: u32,
    /// Local id, unique on the device.
    pub id: String,
    pub project_id: String,
    /// The day the declaration was filled.
    pub created: Option<PartialDate>,
    pub person: Person,
    /// The eligibility category the person states, chosen from those the check found met.
    #[serde(default)]
    pub category: Option<String>,
    #[serde(default)]
    pub social: Social,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub first_name: String,
    pub surname: String,
    /// Empty for a person without PESEL, who gives the birth date and sex instead.
    #[serde(default)]
    pub pesel: String,
    #[serde(default)]
    pub birth_date: Option<PartialDate>,
    #[serde(default)]
    pub sex: Option<Sex>,
    pub street: String,
    pub house: String,
    #[serde(default)]
    pub flat: String,
    pub postcode: String,
    pub town: String,
    pub gmina: String,
    #[serde(default)]
    pub area: Option<AreaKind>,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub education: Option<Education>,
    #[serde(default)]
    pub labour: Option<Labour>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AreaKind {
    Urban,
    Rural,
}

/// Education by ISCED level, grouped as EFS forms ask it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    /// ISCED 0: below primary.
    Isced0,
    /// ISCED 1: primary.
    Isced1,
    /// ISCED 2: lower secondary.
    Isced2,
    /// ISCED 3: upper secondary.
    Isced3,
    /// ISCED 4: post-secondary.
    Isced4,
    /// ISCED 5–8: tertiary.
    Isced5To8,
}

impl Education {
    pub const ALL: [Education; 6] = [
        Education::Isced0,
        Education::Isced1,
        Education::Isced2,
        Education::Isced3,
        Education::Isced4,
        Education::Isced5To8,
    ];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Labour {
    RegisteredUnemployed,
    LongTermUnemployed,
    UnregisteredUnemployed,
    Inactive,
    Employed,
}

impl Labour {
    pub const ALL: [Labour; 5] = [
        Labour::RegisteredUnemployed,
        Labour::LongTermUnemployed,
        Labour::UnregisteredUnemployed,
        Labour::Inactive,
        Labour::Employed,
    ];
}

/// A sensitive item: refusing to answer never bars support unless the project targets that group.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sensitive {
    Yes,
    No,
    #[default]
    Refuse,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Social {
    #[serde(default)]
    pub minority_or_migrant: Sensitive,
    #[serde(default)]
    pub homeless: Sensitive,
    #[serde(default)]
    pub disability: Sensitive,
    #[serde(default)]
    pub jobless_household: Sensitive,
    #[serde(default)]
    pub jobless_household_with_children: Sensitive,
    #[serde(default)]
    pub single_adult_with_children: Sensitive,
    #[serde(default)]
    pub other_disadvantage: Sensitive,
}

/// One of the sensitive items, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SocialItem {
    MinorityOrMigrant,
    Homeless,
    Disability,
    JoblessHousehold,
    JoblessHouseholdWithChildren,
    SingleAdultWithChildren,
    OtherDisadvantage,
}

impl SocialItem {
    /// In the order of the form, the print and the QR payload.
    pub const ALL: [SocialItem; 7] = [
        SocialItem::MinorityOrMigrant,
        SocialItem::Homeless,
        SocialItem::Disability,
        SocialItem::JoblessHousehold,
        SocialItem::JoblessHouseholdWithChildren,
        SocialItem::SingleAdultWithChildren,
        SocialItem::OtherDisadvantage,
    ];
}

impl Social {
    pub fn get(&self, item: SocialItem) -> Sensitive {
        match item {
            SocialItem::MinorityOrMigrant => self.minority_or_migrant,
            SocialItem::Homeless => self.homeless,
            SocialItem::Disability => self.disability,
            SocialItem::JoblessHousehold => self.jobless_household,
            SocialItem::JoblessHouseholdWithChildren => self.jobless_household_with_children,
            SocialItem::SingleAdultWithChildren => self.single_adult_with_children,
            SocialItem::OtherDisadvantage => self.other_disadvantage,
        }
    }

    pub fn set(&mut self, item: SocialItem, value: Sensitive) {
        let slot = match item {
            SocialItem::MinorityOrMigrant => &mut self.minority_or_migrant,
            SocialItem::Homeless => &mut self.homeless,
            SocialItem::Disability => &mut self.disability,
            SocialItem::JoblessHousehold => &mut self.jobless_household,
            SocialItem::JoblessHouseholdWithChildren => &mut self.jobless_household_with_children,
            SocialItem::SingleAdultWithChildren => &mut self.single_adult_with_children,
            SocialItem::OtherDisadvantage => &mut self.other_disadvantage,
        };
        *slot = value;
    }
}

/// A stored declaration of schema `from` turned into schema `from + 1` (the `data` of the envelope,
/// and each declaration of an export file).
pub fn migrate(from: u32, mut data: Value) -> Result<Value, String> {
    match from {
        1 => {
            let object = data.as_object_mut().ok_or("a declaration is an object")?;
            if let Some(Value::String(code)) = object.get("category") {
                let category = Category::from_code_v1(code).ok_or_else(|| code.clone())?;
                object.insert("category".into(), Value::String(category.code()));
            }
            object.insert("schema".into(), Value::from(2));
            Ok(data)
        }
        other => Err(format!("no migration from schema {other}")),
    }
}

/// Reads a declaration of any schema this release knows, migrating it; what is wrong said as a
/// [`Problem`], so the reader is told it in their language.
pub fn from_value(value: Value) -> Result<Declaration, Problem> {
    // The one migration that can fail names a category of the first release this one has not.
    crate::problem::versioned(value, DECLARATION_SCHEMA, migrate)
}
