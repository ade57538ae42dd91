//! `wsparcie data`: the shipped place and centre data built from `data/sources/`, each problem of a
//! source named by file and line.

use std::path::Path;

#[path = "support/wsparcie.rs"]
#[allow(dead_code)]
mod run;
use run::{files_under, temp_dir, wsparcie};

#[test]
fn the_shipped_data_is_exactly_what_the_sources_build() {
    let out = temp_dir("data");
    let (code, stdout, err) = wsparcie(&["data", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(
        stdout.contains(
            "16 voivodeships, 380 powiats, 2479 gminas, 18 districts with a centre of their own, 53452 localities, \
             252 locality files, 350 centres, 8 centres from the 2024 list, 12 fields to confirm, 17 district \
             centres, 107 Senior+ places"
        ),
        "{stdout}"
    );
    // The real sources' problems, each by file and line.
    assert!(
        err.contains("ops/ops-malopolskie-slaskie-2026.csv:32: „18 354-xx-xx” nie jest polskim numerem telefonu"),
        "{err}"
    );
    assert!(
        err.contains("ops/ops-malopolskie-slaskie-2026.csv:180: „” nie jest kodem gminy z rejestru TERYT"),
        "{err}"
    );
    assert!(err.contains("ops/ops-malopolskie-slaskie-2026.csv:102: drugi ośrodek dla tej samej gminy"), "{err}");
    assert!(
        err.contains(
            "senior-plus/senior-plus-malopolskie-2026-06-02.csv:44: „723 25 81” nie jest polskim numerem telefonu"
        ),
        "{err}"
    );
    let shipped = Path::new("public/data/1");
    let built = files_under(&out);
    assert_eq!(built.len(), files_under(shipped).len(), "a file too many or too few in public/data/1");
    for file in built {
        let relative = file.strip_prefix(&out).unwrap();
        let committed = std::fs::read(shipped.join(relative)).unwrap_or_default();
        assert!(
            std::fs::read(&file).unwrap() == committed,
            "public/data/1/{} differs: run `wsparcie data`",
            relative.display()
        );
    }
    std::fs::remove_dir_all(out).unwrap();
}

#[test]
fn a_bad_source_row_is_named_by_file_and_line_and_left_out() {
    let sources = temp_dir("sources");
    for dir in ["teryt", "ops", "senior-plus"] {
        std::fs::create_dir_all(sources.join(dir)).unwrap();
    }
    std::fs::write(
        sources.join("senior-plus/senior-plus-malopolskie-2026-06-02.csv"),
        "lp;rodzaj;liczba_miejsc;jst;wojewodztwo;adres;kod;miejscowosc;telefon;email_instytucji;rok_powstania\n\
         1;Klub Senior+;15;Gmina Nigdzie;małopolskie;ul. Długa 1;34-120;Nigdzie;33 432 27 23;;2024\n\
         2;Świetlica;15;Gmina Andrychów;małopolskie;ul. Długa 1;34-120;Andrychów;33 432 27 23;;2024\n",
    )
    .unwrap();
    let gminy = std::fs::read_to_string("data/sources/teryt/gminy-2026-01-01.csv").unwrap();
    let gminy = gminy.replacen("0201032;020103;Gromadka", "0201032;020199;Gromadka", 1);
    std::fs::write(sources.join("teryt/gminy-2026-01-01.csv"), gminy).unwrap();
    std::fs::write(
        sources.join("teryt/miejscowosci-2020-09-26.csv"),
        "sym;nazwa;rm;rodzaj;gmina_teryt6;rodz_gmi_2020;gmina_2026\n1;Zalesie;01;wieś;020806;5;Bystrzyca Kłodzka\n2;Nigdzie;01;wieś;999999;2;X\n",
    )
    .unwrap();
    let ops = std::fs::read_to_string("data/sources/ops/ops-malopolskie-slaskie-2026.csv").unwrap();
    let mut lines: Vec<&str> = ops.lines().take(4).collect();
    let bad = lines[3].replace("32-740", "32740").replace("(14) 685-39-04", "685-39");
    lines[3] = &bad;
    std::fs::write(sources.join("ops/ops-malopolskie-slaskie-2026.csv"), lines.join("\n")).unwrap();
    let list_2024 = "ops/ops-malopolskie-uzupelnienie-2024.csv";
    std::fs::copy(Path::new("data/sources").join(list_2024), sources.join(list_2024)).unwrap();
    // A mark on a field the directory does not have, one without a reason, one for a gmina without a centre.
    let marks = "gmina_teryt6;pole;wartosc;powod\n121508;kolor;;x\n121508;telefon;;\n240902;telefon;;numer\n121508;wpis;;stary wykaz\n";
    std::fs::write(sources.join("ops/do-potwierdzenia.csv"), marks).unwrap();
    // A district row of another kind (RODZ 9, a delegatura), and centres of a district TERC does not
    // list, of a district named otherwise, and with a field no page note knows.
    std::fs::write(
        sources.join("teryt/dzielnice-warszawy-2026-01-01.csv"),
        "WOJ;POW;GMI;RODZ;NAZWA;NAZWA_DOD;STAN_NA\n14;65;02;8;Bemowo;dzielnica;2026-01-01\n12;61;02;9;Krowodrza;delegatura;2026-01-01\n",
    )
    .unwrap();
    let header = "teryt7;dzielnica;nazwa;adres;kod_pocztowy;miejscowosc;telefon;email;www;godziny;zrodla;uwagi";
    std::fs::write(
        sources.join("ops/ops-warszawa-dzielnice.csv"),
        format!(
            "{header}\n1465998;Nigdzie;OPS;;;;;;;;brak;\n1465028;Wola;OPS;;;;;;;;brak;\n\
             1465028;Bemowo;OPS Bemowo;;;;;;;;nazwa+fax: https://ops.pl/ (bez daty);\n"
        ),
    )
    .unwrap();
    let out = temp_dir("sources-out");
    let (code, stdout, err) =
        wsparcie(&["data", "--sources", sources.to_str().unwrap(), "--out", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("teryt/gminy-2026-01-01.csv:4: kody TERYT w tym wierszu nie zgadzają się ze sobą"), "{err}");
    assert!(err.contains("teryt/miejscowosci-2020-09-26.csv:3: „999999” nie jest kodem gminy"), "{err}");
    assert!(err.contains("ops/ops-malopolskie-slaskie-2026.csv:4: „32740” nie jest kodem pocztowym"), "{err}");
    assert!(
        err.contains("ops/ops-malopolskie-slaskie-2026.csv:4: „685-39” nie jest polskim numerem telefonu"),
        "{err}"
    );
    assert!(err.contains("teryt/dzielnice-warszawy-2026-01-01.csv:3: kody TERYT"), "{err}");
    assert!(err.contains("ops/ops-warszawa-dzielnice.csv:2: „1465998” nie jest kodem gminy"), "{err}");
    assert!(err.contains("ops/ops-warszawa-dzielnice.csv:3: kody TERYT"), "{err}");
    assert!(err.contains("ops/ops-warszawa-dzielnice.csv:4: nieznana wartość „nazwa+fax”"), "{err}");
    assert!(err.contains("ops/do-potwierdzenia.csv:2: nieznana wartość „kolor”"), "{err}");
    assert!(err.contains("ops/do-potwierdzenia.csv:3: brak wymaganego pola „powod”"), "{err}");
    assert!(err.contains("ops/do-potwierdzenia.csv:4: wykaz nie ma ośrodka gminy 240902"), "{err}");
    // A Senior+ place of no gmina of Małopolska, and one of a kind the programme does not have.
    let senior = "senior-plus/senior-plus-malopolskie-2026-06-02.csv";
    assert!(err.contains(&format!("{senior}:2: „Gmina Nigdzie” nie jest kodem gminy")), "{err}");
    assert!(err.contains(&format!("{senior}:3: nieznana wartość „Świetlica”")), "{err}");
    assert!(
        stdout.contains(
            "2478 gminas, 1 districts with a centre of their own, 1 localities, 1 locality files, 11 centres, 8 \
             centres from the 2024 list, 1 fields to confirm, 1 district centres"
        ),
        "{stdout}"
    );
    let (code, _, err) = wsparcie(&["data", "--sources", "/nonexistent", "--out", out.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("teryt/gminy-2026-01-01.csv"), "{err}");
    std::fs::remove_dir_all(sources).unwrap();
    std::fs::remove_dir_all(out).unwrap();
}
