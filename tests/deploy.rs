//! The nightly rebuild (`deploy/rebuild.sh`) against a temporary folder: a good night puts the new build
//! live by switching the symlink; a night whose check or build fails, or whose build is not a site,
//! leaves the previous build live; old builds are pruned, the live one never.

use std::path::{Path, PathBuf};
use std::process::Command;

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wsparcie-deploy-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A build command that writes a site saying `marker` into `dist` (or fails, or writes half a site).
fn fake_build(dist: &Path, marker: &str, whole: bool) -> String {
    let d = dist.display();
    let mut cmd = format!("rm -rf {d} && mkdir -p {d}/data/1 && echo {marker} > {d}/index.html && echo sw > {d}/sw.js");
    if whole {
        cmd.push_str(&format!(" && echo 404 > {d}/404.html && echo '{{}}' > {d}/data/1/places.json"));
    }
    cmd
}

fn rebuild(root: &Path, dist: &Path, day: &str, build: &str, validate: &str) -> (bool, String) {
    let out = Command::new("bash")
        .arg("deploy/rebuild.sh")
        .env("SITE_ROOT", root)
        .env("DIST", dist)
        .env("DAY", day)
        .env("BUILD", build)
        .env("VALIDATE", validate)
        .env("KEEP", "2")
        .output()
        .expect("bash runs");
    (out.status.success(), String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr))
}

fn live(root: &Path) -> String {
    std::fs::read_to_string(root.join("current/index.html")).unwrap().trim().to_string()
}

#[test]
fn a_failed_night_leaves_the_previous_site_live() {
    let (root, dist) = (temp("root"), temp("dist"));
    let (ok, said) = rebuild(&root, &dist, "2026-12-06", &fake_build(&dist, "sobota", true), "true");
    assert!(ok, "{said}");
    assert_eq!(live(&root), "sobota");
    assert!(std::fs::symlink_metadata(root.join("current")).unwrap().file_type().is_symlink());

    // The check fails: nothing is built, the site stays.
    let (ok, said) = rebuild(&root, &dist, "2026-12-07", &fake_build(&dist, "niedziela", true), "false");
    assert!(!ok);
    assert!(said.contains("did not pass wsparcie validate"), "{said}");
    assert_eq!(live(&root), "sobota");
    // The build fails.
    let (ok, said) = rebuild(&root, &dist, "2026-12-07", "false", "true");
    assert!(!ok && said.contains("the build failed"), "{said}");
    assert_eq!(live(&root), "sobota");
    // The build wrote half a site.
    let (ok, said) = rebuild(&root, &dist, "2026-12-07", &fake_build(&dist, "połowa", false), "true");
    assert!(!ok && said.contains("wrote no 404.html"), "{said}");
    assert_eq!(live(&root), "sobota");

    // Good nights: each goes live; of three builds the oldest goes (KEEP=2), the live one stays.
    for (day, marker) in [("2026-12-08", "poniedziałek"), ("2026-12-09", "wtorek")] {
        let (ok, said) = rebuild(&root, &dist, day, &fake_build(&dist, marker, true), "true");
        assert!(ok, "{said}");
        assert_eq!(live(&root), marker);
    }
    let builds: Vec<String> = std::fs::read_dir(root.join("builds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(builds.len(), 2, "{builds:?}");
    assert!(builds.iter().all(|b| !b.starts_with("2026-12-06")), "{builds:?}");
    std::fs::remove_dir_all(root).unwrap();
    std::fs::remove_dir_all(dist).unwrap();
}
