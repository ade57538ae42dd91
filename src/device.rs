//! How this device is used: by one resident (the default), at a centre's counter, or shared by many
//! people at an outreach event. Staff set it once per device; it is the only value the app keeps that
//! is about the device rather than a person, so "delete all my data" and "Następna osoba" leave it.
//! Also which pages a "new version" notice may interrupt.

use std::fmt::Write;

/// Schema of the stored device settings. 1: a counter named its centre (`centre`); 2: its gmina
/// (`gmina`, the 6-digit TERYT code), which every gmina of the country has even where the catalogue has
/// no centre. A schema-1 centre is kept until the app has found its gmina ([`DeviceSettings::at_gmina`]).
pub const DEVICE_SCHEMA: u32 = 2;
/// Minutes without a touch or key before a shared device wipes everything, unless staff set another.
pub const DEFAULT_IDLE_MINUTES: u32 = 5;
/// The shortest and longest idle time staff may set.
pub const IDLE_MINUTES_RANGE: std::ops::RangeInclusive<u32> = 1..=60;
/// Seconds of visible countdown before the wipe, taken from the end of the idle time.
pub const WARNING_SECONDS: u32 = 60;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Mode {
    /// One person's own phone or computer: answers and declarations are kept on it.
    #[default]
    Resident,
    /// A clerk's desk screen: large type, the centre's projects first, one tap for the next person.
    Counter,
    /// A tablet many people use in turn: nothing is written to storage, and all is wiped when the
    /// person finishes or walks away.
    Shared,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeviceSettings {
    pub mode: Mode,
    pub idle_minutes: u32,
    /// The counter's gmina (6-digit TERYT code): its page is a link away, and the projects open to its
    /// residents come first.
    pub gmina: Option<String>,
    /// The counter's centre (catalogue id) as schema 1 stored it, until its gmina is known.
    pub centre: Option<String>,
}

impl Default for DeviceSettings {
    fn default() -> Self {
        DeviceSettings { mode: Mode::Resident, idle_minutes: DEFAULT_IDLE_MINUTES, gmina: None, centre: None }
    }
}

impl DeviceSettings {
    /// Whether what people type is kept in memory only.
    pub fn memory_only(&self) -> bool {
        self.mode == Mode::Shared
    }

    /// The counter at a gmina: the schema-1 centre it replaces is dropped.
    pub fn at_gmina(mut self, gmina: Option<String>) -> Self {
        self.gmina = gmina;
        self.centre = None;
        self
    }

    /// A stored value made safe to use: an idle time out of range becomes the nearest allowed one.
    pub fn sanitized(mut self) -> Self {
        self.idle_minutes = self.idle_minutes.clamp(*IDLE_MINUTES_RANGE.start(), *IDLE_MINUTES_RANGE.end());
        self
    }
}

impl Mode {
    /// The mode as stored and as element ids name it.
    pub fn code(self) -> &'static str {
        match self {
            Mode::Resident => "resident",
            Mode::Counter => "counter",
            Mode::Shared => "shared",
        }
    }
}

/// The stored text of the settings: one line of `key=value` pairs, the schema first, e.g.
/// `schema=2&mode=counter&idle_minutes=5&gmina=302407`. Not the JSON envelope of a person's
/// values: the catalogue bundle reads this on every start, and a JSON reader for it would cost the
/// first page about 2 KB. Centre ids are catalogue ids (lower-case letters, digits, hyphens).
pub fn write_settings(s: &DeviceSettings) -> String {
    let mut text = format!("schema={DEVICE_SCHEMA}&mode={}&idle_minutes={}", s.mode.code(), s.idle_minutes);
    if let Some(g) = &s.gmina {
        let _ = write!(text, "&gmina={g}");
    }
    if let Some(c) = &s.centre {
        let _ = write!(text, "&centre={c}");
    }
    text
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SettingsError {
    /// Written by a newer version of the app.
    Newer(u32),
    Unreadable,
}

/// Reads [`write_settings`]' text, of this schema or schema 1 (the same keys but `gmina`). Every key must
/// be known and present once; nothing is guessed.
pub fn read_settings(text: &str) -> Result<DeviceSettings, SettingsError> {
    // The schema first: a newer one is told apart from a damaged value, whatever follows it.
    let first = text.trim().split('&').next().and_then(|p| p.strip_prefix("schema="));
    match first.map(str::parse::<u32>) {
        Some(Ok(n)) if n > DEVICE_SCHEMA => return Err(SettingsError::Newer(n)),
        Some(Ok(n)) if n >= 1 => {}
        _ => return Err(SettingsError::Unreadable),
    }
    let mut schema = None;
    let (mut mode, mut idle, mut gmina, mut centre) = (None, None, None, None);
    for pair in text.trim().split('&') {
        let (key, value) = pair.split_once('=').ok_or(SettingsError::Unreadable)?;
        let slot_taken = match key {
            "schema" => schema.replace(value.parse::<u32>().map_err(|_| SettingsError::Unreadable)?).is_some(),
            "mode" => {
                let m = [Mode::Resident, Mode::Counter, Mode::Shared].into_iter().find(|m| m.code() == value);
                mode.replace(m.ok_or(SettingsError::Unreadable)?).is_some()
            }
            "idle_minutes" => idle.replace(value.parse::<u32>().map_err(|_| SettingsError::Unreadable)?).is_some(),
            "gmina" if schema == Some(DEVICE_SCHEMA) && crate::places::is_gmina_code(value) => {
                gmina.replace(value.to_string()).is_some()
            }
            "centre"
                if !value.is_empty()
                    && value.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') =>
            {
                centre.replace(value.to_string()).is_some()
            }
            _ => return Err(SettingsError::Unreadable),
        };
        if slot_taken {
            return Err(SettingsError::Unreadable);
        }
    }
    match (schema, mode, idle) {
        (Some(_), Some(mode), Some(idle_minutes)) => Ok(DeviceSettings { mode, idle_minutes, gmina, centre }),
        _ => Err(SettingsError::Unreadable),
    }
}

/// Reads the idle time typed on the settings page: whole minutes within [`IDLE_MINUTES_RANGE`].
pub fn parse_idle_minutes(text: &str) -> Result<u32, IdleError> {
    let n: u32 = text.trim().parse().map_err(|_| IdleError::NotANumber)?;
    if IDLE_MINUTES_RANGE.contains(&n) {
        Ok(n)
    } else {
        Err(IdleError::OutOfRange)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdleError {
    NotANumber,
    OutOfRange,
}

/// Where a shared device's idle clock stands after `idle_ms` without activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    Active,
    /// The countdown is showing: this many whole seconds are left (at least 1).
    Warning(u32),
    Wipe,
}

pub fn idle_state(idle_ms: f64, idle_minutes: u32) -> Idle {
    let limit = f64::from(idle_minutes) * 60_000.0;
    let warn_from = limit - f64::from(WARNING_SECONDS.min(idle_minutes * 60 / 2)) * 1000.0;
    if idle_ms >= limit {
        Idle::Wipe
    } else if idle_ms >= warn_from {
        Idle::Warning(((limit - idle_ms) / 1000.0).ceil().max(1.0) as u32)
    } else {
        Idle::Active
    }
}

/// Whether the browser may delete the site's storage after 7 days without a visit: WebKit's cap on
/// script-writable storage (Safari on a Mac, and every browser on an iPhone or iPad, which all use
/// WebKit), lifted for an app added to the home screen (`standalone`). Read from the user agent, the
/// only way a page can tell.
pub fn may_delete_after_a_week(user_agent: &str, standalone: bool) -> bool {
    let ios = ["iPhone", "iPad", "iPod"].iter().any(|d| user_agent.contains(d));
    let mac_safari = user_agent.contains("Safari/")
        && user_agent.contains("Macintosh")
        && !["Chrome/", "Chromium/", "Edg/", "Firefox/", "OPR/"].iter().any(|b| user_agent.contains(b));
    (ios || mac_safari) && !standalone
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safari_and_every_iphone_browser_may_delete_a_sites_data_after_a_week_unless_installed() {
        let safari_mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15";
        let safari_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
        let chrome_iphone = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1";
        let chrome_mac = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
        let chrome_android = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
        let firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
        for ua in [safari_mac, safari_iphone, chrome_iphone] {
            assert!(may_delete_after_a_week(ua, false), "{ua}");
            assert!(!may_delete_after_a_week(ua, true), "installed: {ua}");
        }
        for ua in [chrome_mac, chrome_android, firefox] {
            assert!(!may_delete_after_a_week(ua, false), "{ua}");
        }
    }

    #[test]
    fn settings_default_to_a_residents_device_with_five_idle_minutes() {
        let s = DeviceSettings::default();
        assert_eq!(s.mode, Mode::Resident);
        assert_eq!(s.idle_minutes, 5);
        assert!(!s.memory_only());
        assert!(DeviceSettings { mode: Mode::Shared, ..s.clone() }.memory_only());
        assert_eq!(DeviceSettings { idle_minutes: 0, ..s.clone() }.sanitized().idle_minutes, 1);
        assert_eq!(DeviceSettings { idle_minutes: 600, ..s }.sanitized().idle_minutes, 60);
    }

    #[test]
    fn idle_minutes_are_whole_and_within_range() {
        assert_eq!(parse_idle_minutes(" 10 "), Ok(10));
        assert_eq!(parse_idle_minutes("1"), Ok(1));
        assert_eq!(parse_idle_minutes("60"), Ok(60));
        assert_eq!(parse_idle_minutes("0"), Err(IdleError::OutOfRange));
        assert_eq!(parse_idle_minutes("61"), Err(IdleError::OutOfRange));
        assert_eq!(parse_idle_minutes("2,5"), Err(IdleError::NotANumber));
        assert_eq!(parse_idle_minutes(""), Err(IdleError::NotANumber));
    }

    #[test]
    fn the_countdown_shows_in_the_last_minute_then_everything_is_wiped() {
        let minute = 60_000.0;
        assert_eq!(idle_state(0.0, 5), Idle::Active);
        assert_eq!(idle_state(4.0 * minute - 1.0, 5), Idle::Active);
        assert_eq!(idle_state(4.0 * minute, 5), Idle::Warning(60));
        assert_eq!(idle_state(5.0 * minute - 1500.0, 5), Idle::Warning(2));
        assert_eq!(idle_state(5.0 * minute - 1.0, 5), Idle::Warning(1));
        assert_eq!(idle_state(5.0 * minute, 5), Idle::Wipe);
        // With one idle minute the warning takes its second half.
        assert_eq!(idle_state(29_999.0, 1), Idle::Active);
        assert_eq!(idle_state(30_000.0, 1), Idle::Warning(30));
    }

    #[test]
    fn stored_settings_round_trip_and_anything_else_is_refused() {
        let counter =
            DeviceSettings { mode: Mode::Counter, idle_minutes: 7, gmina: Some("302407".into()), centre: None };
        assert_eq!(write_settings(&counter), "schema=2&mode=counter&idle_minutes=7&gmina=302407");
        let shared = DeviceSettings { mode: Mode::Shared, idle_minutes: 60, ..DeviceSettings::default() };
        for s in [counter, DeviceSettings::default(), shared] {
            assert_eq!(read_settings(&write_settings(&s)), Ok(s));
        }
        assert_eq!(read_settings("schema=3&mode=kiosk"), Err(SettingsError::Newer(3)));
        for bad in [
            "",
            "{\"schema\":1}",
            "schema=1&mode=shared",
            "mode=shared&idle_minutes=5",
            "schema=0&mode=shared&idle_minutes=5",
            "schema=1&mode=kiosk&idle_minutes=5",
            "schema=1&mode=shared&idle_minutes=five",
            "schema=1&mode=shared&mode=counter&idle_minutes=5",
            "schema=1&mode=shared&idle_minutes=5&name=Jan",
            "schema=1&mode=counter&idle_minutes=5&centre=<b>",
            "schema=1&mode=counter&idle_minutes=5&centre=",
            "schema=1&mode=counter&idle_minutes=5&gmina=302407",
            "schema=2&mode=counter&idle_minutes=5&gmina=30240",
            "schema=2&mode=counter&idle_minutes=5&gmina=302407&gmina=302407",
        ] {
            assert_eq!(read_settings(bad), Err(SettingsError::Unreadable), "{bad}");
        }
    }

    #[test]
    fn a_schema_1_counter_keeps_its_centre_until_its_gmina_is_known() {
        // Exactly what the previous release wrote.
        let old = read_settings("schema=1&mode=counter&idle_minutes=7&centre=ops-szamotuly").unwrap();
        assert_eq!((old.gmina.as_deref(), old.centre.as_deref()), (None, Some("ops-szamotuly")));
        // Written back in schema 2 with nothing lost, then moved to the centre's gmina.
        assert_eq!(write_settings(&old), "schema=2&mode=counter&idle_minutes=7&centre=ops-szamotuly");
        assert_eq!(read_settings(&write_settings(&old)), Ok(old.clone()));
        let moved = old.at_gmina(Some("302407".into()));
        assert_eq!(write_settings(&moved), "schema=2&mode=counter&idle_minutes=7&gmina=302407");
    }
}
