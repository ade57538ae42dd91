//! Where a problem is shown in the editor: the path of the field the checks name, and the id of the
//! form control that edits it (what the error summary links to).

/// What is wrong, and where: the path of a field the checks name ("projects[0].budget.total").
#[derive(Clone, Debug, PartialEq)]
pub struct FieldError {
    pub path: String,
    pub message: String,
}

impl FieldError {
    /// The id of the form control for this path ("f-projects-0-budget-total"), for the summary's links.
    /// A problem with one item of a list of texts ("projects[0].phones[1]") is at the field that edits the
    /// whole list, one item per line ("f-projects-0-phones").
    pub fn field_id(&self) -> String {
        let item_of_list = self.path.ends_with(']').then(|| self.path.rfind('[')).flatten();
        field_id(item_of_list.map_or(self.path.as_str(), |at| &self.path[..at]))
    }
}

/// The id of the form control that edits `path`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' | '_' => id.push(c),
            '.' | '[' if !id.ends_with('-') => id.push('-'),
            _ => {}
        }
    }
    id
}

#[cfg(test)]
mod field_id_tests {
    use super::*;

    #[test]
    fn a_summary_link_for_an_item_of_a_list_lands_on_the_list_s_field() {
        let at = |path: &str| FieldError { path: path.into(), message: String::new() }.field_id();
        assert_eq!(at("projects[0].phones[0]"), "f-projects-0-phones");
        assert_eq!(at("centre.emails[2]"), "f-centre-emails");
        assert_eq!(at("projects[1].budget.parts[0].amount"), "f-projects-1-budget-parts-0-amount");
        assert_eq!(at("projects[0].title"), "f-projects-0-title");
    }
}
