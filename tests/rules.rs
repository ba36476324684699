//! Per-rule fixtures: for each translation rule, a tiny plain-Fluent workspace that makes it
//! fire (rule, file, line and column asserted) and a near miss that must stay silent.
//!
//! Every fixture asserts the *whole* list of findings, so a near miss also proves that no
//! other rule fires on it.

mod common;

use common::TestWs;
use polyguide::{Diagnostic, Severity};

const SRC: &str = "locales/en/app.ftl";

/// A workspace with the source `locales/en/app.ftl` and one translation of it.
fn pair(locale: &str, source: &str, translation: &str) -> TestWs {
    let path = format!("locales/{locale}/app.ftl");
    TestWs::new(&[locale], &[(SRC, source), (path.as_str(), translation)])
}

/// Every finding as `"rule path:line:col"`, sorted.
fn found(ws: &TestWs) -> Vec<String> {
    let mut out: Vec<String> = ws
        .lint()
        .diagnostics
        .iter()
        .map(|d| format!("{} {}:{}:{}", d.rule, d.path, d.line, d.column))
        .collect();
    out.sort();
    out
}

/// The findings of one rule.
fn of_rule(ws: &TestWs, rule: &str) -> Vec<Diagnostic> {
    ws.lint()
        .diagnostics
        .into_iter()
        .filter(|d| d.rule == rule)
        .collect()
}

/// `"rule locales/<locale>/app.ftl:line:col"`.
fn at(rule: &str, locale: &str, line: u32, col: u32) -> String {
    format!("{rule} locales/{locale}/app.ftl:{line}:{col}")
}

fn none() -> Vec<String> {
    Vec::new()
}

// ---------------------------------------------------------------------------------------
// missing-attribute

#[test]
fn missing_attribute_fires_on_a_dropped_message_attribute() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n",
        "login-input = Courriel\n",
    );
    assert_eq!(found(&ws), [at("missing-attribute", "fr", 1, 1)]);
    let d = &of_rule(&ws, "missing-attribute")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.locale.as_deref(), Some("fr"));
    assert_eq!(d.id.as_deref(), Some("login-input"));
    assert!(d.message.contains(".placeholder"), "{}", d.message);
}

#[test]
fn missing_attribute_fires_on_a_dropped_term_attribute() {
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\n",
        "# Terms\n-brand = Acme\n",
    );
    assert_eq!(found(&ws), [at("missing-attribute", "fr", 2, 1)]);
    assert_eq!(
        of_rule(&ws, "missing-attribute")[0].id.as_deref(),
        Some("-brand")
    );
}

#[test]
fn missing_attribute_is_silent_when_every_attribute_is_translated() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n-brand = Acme\n    .gender = masculine\n",
        "login-input = Courriel\n    .placeholder = nom@exemple.com\n-brand = Acme\n    .gender = feminine\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// obsolete-attribute

#[test]
fn a_misspelt_term_attribute_is_a_missing_attribute_not_an_obsolete_one() {
    // Translations may add grammatical term attributes, so only the missing one is reported.
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\n",
        "-brand = Acme\n    .genre = masculine\n",
    );
    assert_eq!(found(&ws), [at("missing-attribute", "fr", 1, 1)]);
    let d = &of_rule(&ws, "missing-attribute")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.id.as_deref(), Some("-brand"));
}

#[test]
fn obsolete_attribute_suggests_a_one_edit_misspelling() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n",
        "login-input = Courriel\n    .placeholdr = nom@exemple.com\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-attribute", "fr", 1, 1),
            at("obsolete-attribute", "fr", 2, 6),
        ]
    );
    assert_eq!(
        of_rule(&ws, "obsolete-attribute")[0].help.as_deref(),
        Some("did you mean `.placeholder`?")
    );
}

#[test]

fn obsolete_attribute_suggests_placeholder_for_placeholdr_as_documented() {
    let ws = pair(
        "fr",
        "login-input = Email\n    .placeholder = name@example.com\n",
        "login-input = Courriel\n    .placeholdr = nom@exemple.com\n",
    );
    assert_eq!(
        of_rule(&ws, "obsolete-attribute")[0].help.as_deref(),
        Some("did you mean `.placeholder`?")
    );
}

#[test]
fn obsolete_attribute_is_silent_on_a_grammatical_term_attribute_the_translation_adds() {
    let ws = pair(
        "fr",
        "-brand = Acme\n",
        "-brand = Acme\n    .gender = feminine\n",
    );
    assert_eq!(found(&ws), Vec::<String>::new());
}

#[test]
fn obsolete_attribute_fires_on_an_extra_message_attribute() {
    let ws = pair(
        "fr",
        "menu = Menu\n    .title = Open the menu\n",
        "menu = Le menu\n    .title = Ouvrir le menu\n    .tooltip = Ouvrir\n",
    );
    assert_eq!(found(&ws), [at("obsolete-attribute", "fr", 3, 6)]);
}

#[test]
fn obsolete_attribute_is_silent_when_attribute_sets_match() {
    let ws = pair(
        "fr",
        "menu = Menu\n    .title = Open the menu\n-brand = Acme\n    .gender = masculine\n",
        "menu = Le menu\n    .title = Ouvrir le menu\n-brand = Acme\n    .gender = feminine\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// obsolete-value

#[test]
fn obsolete_value_fires_when_the_source_has_only_attributes() {
    let ws = pair(
        "fr",
        "menu-save =\n    .label = Save\n",
        "menu-save = Enregistrer\n    .label = Enregistrer\n",
    );
    assert_eq!(found(&ws), [at("obsolete-value", "fr", 1, 1)]);
    assert_eq!(
        of_rule(&ws, "obsolete-value")[0].severity,
        Severity::Warning
    );
}

#[test]
fn obsolete_value_is_silent_on_an_attributes_only_translation() {
    let ws = pair(
        "fr",
        "menu-save =\n    .label = Save\n",
        "menu-save =\n    .label = Enregistrer\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// unknown-variable / missing-variable

#[test]
fn misspelt_variable_is_unknown_with_a_suggestion_and_the_real_one_missing() {
    let ws = pair(
        "de",
        "downloads = { $count } files downloaded\n",
        "downloads = { $cont } Dateien heruntergeladen\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-variable", "de", 1, 1),
            at("unknown-variable", "de", 1, 15),
        ]
    );
    let unknown = &of_rule(&ws, "unknown-variable")[0];
    assert_eq!(unknown.severity, Severity::Error);
    assert_eq!(unknown.id.as_deref(), Some("downloads"));
    assert_eq!(unknown.help.as_deref(), Some("did you mean `$count`?"));
    assert_eq!(
        of_rule(&ws, "missing-variable")[0].severity,
        Severity::Warning
    );
}

#[test]

fn transposed_variable_name_gets_a_suggestion() {
    let ws = pair(
        "de",
        "downloads = { $count } files downloaded\n",
        "downloads = { $cuont } Dateien heruntergeladen\n",
    );
    assert_eq!(
        of_rule(&ws, "unknown-variable")[0].help.as_deref(),
        Some("did you mean `$count`?")
    );
}

#[test]
fn unknown_variable_positions_hold_in_crlf_and_bom_files() {
    let ws = pair(
        "de",
        "downloads = { $count } files downloaded\r\nsize = { $size } MB\r\n",
        "\u{feff}downloads = { $cont } Dateien heruntergeladen\r\nsize = { $groesse } MB\r\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-variable", "de", 1, 1),
            at("missing-variable", "de", 2, 1),
            at("unknown-variable", "de", 1, 15),
            at("unknown-variable", "de", 2, 10),
        ]
    );
}

#[test]
fn unknown_variable_fires_in_an_attribute_once_per_name() {
    let ws = pair(
        "de",
        "login = Log in\n    .title = Log in as { $user }\n",
        "login = Anmelden\n    .title = Als { $user } ({ $mail }, { $mail }) anmelden\n",
    );
    assert_eq!(found(&ws), [at("unknown-variable", "de", 2, 31)]);
}

#[test]
fn missing_variable_fires_when_every_variant_drops_it() {
    let ws = pair(
        "de",
        "welcome = Welcome, { $user }!\n",
        "welcome = Willkommen!\n",
    );
    assert_eq!(found(&ws), [at("missing-variable", "de", 1, 1)]);
}

#[test]
fn variable_used_in_only_one_variant_counts_as_used() {
    let ws = pair(
        "de",
        "shared = { $count ->\n    [one] { $user } shared a photo\n   *[other] { $user } shared { $count } photos\n}\n",
        "shared = { $count ->\n    [one] Ein Foto geteilt\n   *[other] { $user } hat { $count } Fotos geteilt\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn number_selector_with_a_renamed_variable_fires_both_rules() {
    let ws = pair(
        "de",
        "items = { NUMBER($n) ->\n    [one] One item\n   *[other] { $n } items\n}\n",
        "items = { NUMBER($m) ->\n    [one] Ein Element\n   *[other] { $m } Elemente\n}\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-variable", "de", 1, 1),
            at("unknown-variable", "de", 1, 18),
        ]
    );
    assert_eq!(
        of_rule(&ws, "unknown-variable")[0].help.as_deref(),
        Some("did you mean `$n`?")
    );
}

#[test]
fn number_selector_alone_counts_as_using_its_variable() {
    let ws = pair(
        "de",
        "items = { NUMBER($n) ->\n    [one] One item\n   *[other] { $n } items\n}\n",
        "items = { NUMBER($n) ->\n    [one] Ein Element\n   *[other] Elemente\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn term_parameters_are_not_unknown_variables() {
    let ws = pair(
        "de",
        "-brand = { $case ->\n   *[nom] Acme\n    [gen] Acme's\n}\nabout = About { -brand }\n",
        "-brand = { $case ->\n   *[nom] Acme\n    [gen] Acmes\n}\nabout = Über { -brand(case: \"gen\") } App\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn a_translation_may_give_a_term_a_parameter_the_source_has_not() {
    let ws = pair(
        "de",
        "-brand = Acme\nabout = About { -brand }\n",
        "-brand = { $case ->\n   *[nom] Acme\n    [gen] Acmes\n}\nabout = Über { -brand(case: \"gen\") } App\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// unknown-reference

#[test]
fn unknown_message_reference_fires_with_a_suggestion() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Open { settings }.\n",
        "settings = Paramètres\nhint = Ouvrez { setings }.\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("reference-mismatch", "fr", 2, 1),
            at("unknown-reference", "fr", 2, 17),
        ]
    );
    let d = &of_rule(&ws, "unknown-reference")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.id.as_deref(), Some("hint"));
    assert_eq!(d.help.as_deref(), Some("did you mean `settings`?"));
}

#[test]
fn unknown_term_reference_fires_at_the_dash() {
    let ws = pair(
        "fr",
        "-brand = Acme\nabout = About { -brand }\n",
        "-brand = Acme\nabout = À propos de { -brnd }\n",
    );
    assert_eq!(found(&ws), [at("unknown-reference", "fr", 2, 23)]);
    assert_eq!(
        of_rule(&ws, "unknown-reference")[0].help.as_deref(),
        Some("did you mean `-brand`?")
    );
}

#[test]
fn unknown_term_attribute_in_a_selector_fires_even_if_the_source_term_has_it() {
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n",
        "-brand = Acme\nwelcome = { -brand.gender ->\n    [feminine] Bienvenue dans la { -brand }\n   *[other] Bienvenue dans le { -brand }\n}\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("missing-attribute", "fr", 1, 1),
            at("unknown-reference", "fr", 2, 13),
        ]
    );
    let d = &of_rule(&ws, "unknown-reference")[0];
    assert!(d.message.contains(".gender"), "{}", d.message);
}

#[test]
fn term_attribute_in_a_selector_is_silent_when_the_locale_defines_it() {
    let ws = pair(
        "fr",
        "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n",
        "-brand = Acme\n    .gender = feminine\nwelcome = { -brand.gender ->\n    [feminine] Bienvenue dans la { -brand }\n   *[other] Bienvenue dans le { -brand }\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn message_defined_only_in_the_source_is_a_known_reference() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Open { settings }.\n",
        "hint = Ouvrez { settings }.\n",
    );
    // `settings` itself is untranslated (the runtime falls back to English), but the
    // reference resolves.
    assert!(of_rule(&ws, "unknown-reference").is_empty());
    assert_eq!(
        found(&ws)
            .into_iter()
            .filter(|f| !f.starts_with("missing-message "))
            .collect::<Vec<_>>(),
        none()
    );
}

fn pt_workspace(with_fallback: bool) -> TestWs {
    let ws = TestWs::new(
        &["pt-BR", "pt-PT"],
        &[
            (SRC, "about = About the app\n"),
            ("locales/pt-PT/app.ftl", "about = Sobre a aplicação\n"),
            // A term only Portuguese needs, in a file of its own.
            ("locales/pt-PT/terms.ftl", "-marca = Acme\n"),
            ("locales/pt-BR/app.ftl", "about = Sobre a { -marca }\n"),
        ],
    );
    if with_fallback {
        ws.write(
            "polyguide.toml",
            "source-locale = \"en\"\nlocales = [\"pt-BR\", \"pt-PT\"]\n\n[fallback]\n\"pt-BR\" = [\"pt-PT\"]\n",
        );
    }
    ws
}

#[test]
fn term_defined_in_a_configured_fallback_locale_is_known() {
    let ws = pt_workspace(true);
    // pt-PT's own term is not in the source; pt-BR resolves it through pt-PT.
    assert_eq!(found(&ws), ["obsolete-message locales/pt-PT/terms.ftl:1:1"]);
}

#[test]
fn term_defined_in_another_locale_without_fallback_is_unknown() {
    let ws = pt_workspace(false);
    assert_eq!(
        found(&ws),
        [
            "obsolete-message locales/pt-PT/terms.ftl:1:1".to_string(),
            at("unknown-reference", "pt-BR", 1, 19),
        ]
    );
}

#[test]
fn term_attribute_is_looked_up_on_the_fallback_definition_only() {
    // pt-BR has no `-brand`: the runtime uses pt-PT's, which lacks `.gender`, and attributes
    // do not fall back to the source separately.
    let ws = TestWs::new(
        &["pt-BR", "pt-PT"],
        &[
            (SRC, "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n"),
            ("locales/pt-PT/app.ftl", "-brand = Acme\nwelcome = Bem-vindo à { -brand }\n"),
            (
                "locales/pt-BR/app.ftl",
                "welcome = { -brand.gender ->\n    [feminine] Bem-vindo à { -brand }\n   *[other] Bem-vindo ao { -brand }\n}\n",
            ),
        ],
    );
    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"pt-BR\", \"pt-PT\"]\n\n[fallback]\n\"pt-BR\" = [\"pt-PT\"]\n",
    );
    let findings: Vec<String> = found(&ws)
        .into_iter()
        .filter(|f| !f.starts_with("missing-message "))
        .collect();
    assert_eq!(
        findings,
        [
            at("missing-attribute", "pt-PT", 1, 1),
            at("unknown-reference", "pt-BR", 1, 13),
        ]
    );
}

// ---------------------------------------------------------------------------------------
// reference-mismatch

#[test]
fn reference_mismatch_fires_when_a_message_reference_is_dropped() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Open { settings } to change it.\n",
        "settings = Paramètres\nhint = Ouvrez les Paramètres pour le modifier.\n",
    );
    assert_eq!(found(&ws), [at("reference-mismatch", "fr", 2, 1)]);
    assert_eq!(
        of_rule(&ws, "reference-mismatch")[0].severity,
        Severity::Warning
    );
}

#[test]
fn reference_mismatch_fires_on_an_attribute_at_its_name() {
    let ws = pair(
        "fr",
        "settings = Settings\nhint = Hint\n    .title = Open { settings }\n",
        "settings = Paramètres\nhint = Astuce\n    .title = Ouvrez les Paramètres\n",
    );
    assert_eq!(found(&ws), [at("reference-mismatch", "fr", 3, 6)]);
}

#[test]
fn reference_mismatch_is_silent_when_references_match_and_terms_differ() {
    let ws = pair(
        "fr",
        "-brand = Acme\nsettings = Settings\nhint = Open { settings } in { -brand }.\n",
        "-brand = Acme\nsettings = Paramètres\nhint = Ouvrez { settings }.\n",
    );
    // The dropped term is `missing-term-reference`'s, not this rule's.
    assert_eq!(found(&ws), [at("missing-term-reference", "fr", 3, 1)]);
}

// ---------------------------------------------------------------------------------------
// missing-term

#[test]
fn missing_term_fires_on_a_hard_coded_term_value() {
    let ws = pair(
        "fr",
        "-brand = Acme\nsupport = Contact { -brand } support\n",
        "-brand = Acme\nsupport = Contacter le support Acme\n",
    );
    assert_eq!(found(&ws), [at("missing-term", "fr", 2, 1)]);
    let d = &of_rule(&ws, "missing-term")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.id.as_deref(), Some("support"));
}

#[test]
fn missing_term_is_silent_when_the_term_is_used() {
    let ws = pair(
        "fr",
        "-brand = Acme\nsupport = Contact { -brand } support\n",
        "-brand = Acme\nsupport = Contacter le support { -brand }\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn missing_term_ignores_a_word_that_merely_contains_the_value() {
    let ws = pair(
        "fr",
        "-brand = Mi\nvisit = Visit the { -brand } store in Miami\n",
        "-brand = Mi\nvisit = Visitez la boutique de Miami\n",
    );
    // "Miami" is no hard-coded "Mi"; the brand is simply gone.
    assert_eq!(found(&ws), [at("missing-term-reference", "fr", 2, 1)]);
}

#[test]
fn missing_term_fires_on_a_whole_word_copy_of_a_short_value() {
    let ws = pair(
        "fr",
        "-brand = Mi\nvisit = Visit the { -brand } store in Miami\n",
        "-brand = Mi\nvisit = Visitez la boutique Mi de Miami\n",
    );
    assert_eq!(found(&ws), [at("missing-term", "fr", 2, 1)]);
}

// ---------------------------------------------------------------------------------------
// missing-plural-category

const FILES_EN: &str = "files = { $n ->\n    [one] { $n } file\n   *[other] { $n } files\n}\n";

#[test]
fn russian_plural_with_one_and_other_lacks_few_and_many() {
    let ws = pair(
        "ru",
        FILES_EN,
        "files = { $n ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ru", 2, 6)]);
    let d = &of_rule(&ws, "missing-plural-category")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("few, many"), "{}", d.message);
    assert!(!d.message.contains("other"), "{}", d.message);
}

#[test]
fn russian_plural_with_a_number_selector_is_checked() {
    let ws = pair(
        "ru",
        FILES_EN,
        "files = { NUMBER($n) ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ru", 2, 6)]);
}

#[test]
fn russian_plural_with_all_four_categories_is_silent() {
    let ws = pair(
        "ru",
        FILES_EN,
        "files = { $n ->\n    [one] { $n } файл\n    [few] { $n } файла\n    [many] { $n } файлов\n   *[other] { $n } файла\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn japanese_and_chinese_need_only_other() {
    let ws = TestWs::new(
        &["ja", "zh-CN"],
        &[
            (SRC, FILES_EN),
            (
                "locales/ja/app.ftl",
                "files = { $n ->\n   *[other] { $n } 個のファイル\n}\n",
            ),
            (
                "locales/zh-CN/app.ftl",
                "files = { $n ->\n   *[other] { $n } 个文件\n}\n",
            ),
        ],
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn arabic_needs_six_categories() {
    let ws = pair(
        "ar",
        FILES_EN,
        "files = { $n ->\n    [zero] لا ملفات\n    [one] ملف واحد\n    [two] ملفان\n   *[other] { $n } ملف\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ar", 2, 6)]);
    let d = &of_rule(&ws, "missing-plural-category")[0];
    assert!(d.message.contains("few, many"), "{}", d.message);
    assert!(d.message.contains(" ar "), "{}", d.message);
}

#[test]
fn arabic_with_all_six_categories_is_silent() {
    let ws = pair(
        "ar",
        FILES_EN,
        "files = { $n ->\n    [zero] لا ملفات\n    [one] ملف واحد\n    [two] ملفان\n    [few] { $n } ملفات\n    [many] { $n } ملفًا\n   *[other] { $n } ملف\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn gender_select_is_not_a_plural_select() {
    let ws = pair(
        "ru",
        "liked = { $gender ->\n   *[other] They liked your post\n}\n",
        "liked = { $gender ->\n    [masculine] Ему понравилось\n    [feminine] Ей понравилось\n   *[other] Им понравилось\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn select_on_a_term_attribute_is_not_a_plural_select() {
    let ws = pair(
        "ru",
        "-brand = Acme\n    .gender = masculine\nwelcome = Welcome to { -brand }\n",
        "-brand = Акме\n    .gender = one\nwelcome = { -brand.gender ->\n    [one] Добро пожаловать в { -brand }\n   *[other] Добро пожаловать в { -brand }\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn numeric_keys_beside_one_and_other_are_fine_in_english() {
    let ws = pair(
        "de",
        "files = { $n ->\n    [0] No files\n    [one] One file\n   *[other] { $n } files\n}\n",
        "files = { $n ->\n    [0] Keine Dateien\n    [one] Eine Datei\n   *[other] { $n } Dateien\n}\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn source_plural_select_is_checked_against_the_source_locale() {
    let ws = pair(
        "de",
        "files = { $n ->\n    [zero] No files\n   *[other] { $n } files\n}\n",
        "files = { $n ->\n    [one] Eine Datei\n   *[other] { $n } Dateien\n}\n",
    );
    // English has no `zero`: 0 is `other`, so `[zero]` is never chosen and `one` is missing.
    assert_eq!(
        found(&ws),
        [
            format!("invalid-plural-key {SRC}:2:6"),
            format!("missing-plural-category {SRC}:2:6")
        ]
    );
    assert_eq!(of_rule(&ws, "missing-plural-category")[0].locale, None);
}

#[test]
fn a_plural_select_the_source_lacks_is_checked_too() {
    let ws = pair(
        "ru",
        "files = { $n } files\n",
        "files = { $n ->\n    [one] { $n } файл\n   *[other] { $n } файлов\n}\n",
    );
    assert_eq!(found(&ws), [at("missing-plural-category", "ru", 2, 6)]);
}

// ---------------------------------------------------------------------------------------
// duplicate-variant-key

#[test]
fn duplicate_variant_key_fires_on_the_second_key() {
    let ws = pair(
        "de",
        FILES_EN,
        "files = { $n ->\n    [one] Eine Datei\n    [one] { $n } Dateien\n   *[other] { $n } Dateien\n}\n",
    );
    assert_eq!(found(&ws), [at("duplicate-variant-key", "de", 3, 6)]);
    let d = &of_rule(&ws, "duplicate-variant-key")[0];
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(d.id.as_deref(), Some("files"));
}

#[test]
fn same_key_in_two_different_selects_is_not_a_duplicate() {
    let ws = pair(
        "de",
        "moved = { $files ->\n    [one] One file\n   *[other] { $files } files\n} in { $dirs ->\n    [one] one folder\n   *[other] { $dirs } folders\n}\n",
        "moved = { $files ->\n    [one] Eine Datei\n   *[other] { $files } Dateien\n} in { $dirs ->\n    [one] einem Ordner\n   *[other] { $dirs } Ordnern\n}\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// url-mismatch

const OPEN_ID_EN: &str = "open-id = Go to https://id.mi.com in a web browser.\n";

#[test]
fn url_mismatch_fires_on_an_altered_url() {
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur https://id.mi.fr dans un navigateur.\n",
    );
    assert_eq!(found(&ws), [at("url-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "url-mismatch")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("https://id.mi.com"), "{}", d.message);
}

#[test]
fn url_mismatch_is_silent_on_a_url_in_french_quotes() {
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur « https://id.mi.com » dans un navigateur.\n",
    );
    assert_eq!(found(&ws), none());
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur «https://id.mi.com» dans un navigateur.\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn url_mismatch_is_silent_on_an_extra_url() {
    let ws = pair(
        "fr",
        OPEN_ID_EN,
        "open-id = Rendez-vous sur https://id.mi.com dans un navigateur (aide : https://aide.mi.fr).\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]

fn url_mismatch_is_silent_on_a_url_in_japanese_brackets() {
    let ws = pair(
        "ja",
        OPEN_ID_EN,
        "open-id = ウェブブラウザで「https://id.mi.com」にアクセスします。\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]

fn url_mismatch_is_silent_on_a_url_in_fullwidth_parentheses() {
    let ws = pair(
        "zh-CN",
        OPEN_ID_EN,
        "open-id = 在浏览器中打开（https://id.mi.com）网站。\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// markup-mismatch

#[test]
fn markup_mismatch_fires_on_a_missing_closing_tag() {
    let ws = pair(
        "fr",
        "tip = Press <b>Volume Up</b> and <b>Power</b>.\n",
        "tip = Appuyez sur <b>Volume +</b> et <b>Marche.\n",
    );
    assert_eq!(found(&ws), [at("markup-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "markup-mismatch")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(
        d.message.contains("`</b>` 2× in the source, 1× here"),
        "{}",
        d.message
    );
}

#[test]
fn markup_mismatch_ignores_translated_attribute_values() {
    let ws = pair(
        "fr",
        "help = See <a href=\"x\" title=\"Help page\">the help</a>.\n",
        "help = Voir <a href=\"x\" title=\"Page d’aide\">l’aide</a>.\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]

fn markup_in_plural_variants_is_compared_per_variant_not_summed() {
    let ws = pair(
        "ru",
        "files = { $n ->\n    [one] <b>{ $n }</b> file\n   *[other] <b>{ $n }</b> files\n}\n",
        "files = { $n ->\n    [one] <b>{ $n }</b> файл\n    [few] <b>{ $n }</b> файла\n    [many] <b>{ $n }</b> файлов\n   *[other] <b>{ $n }</b> файла\n}\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// untranslated

#[test]
fn untranslated_fires_on_identical_text() {
    let ws = pair(
        "fr",
        "cost = These tools often cost money.\n",
        "cost = These tools often cost money.\n",
    );
    assert_eq!(found(&ws), [at("untranslated", "fr", 1, 1)]);
    assert_eq!(of_rule(&ws, "untranslated")[0].severity, Severity::Info);
}

#[test]
fn untranslated_ignores_whitespace_differences() {
    let ws = pair(
        "fr",
        "cost = These tools often cost money.\n",
        "cost =\n    These tools often\n    cost money.\n",
    );
    assert_eq!(found(&ws), [at("untranslated", "fr", 1, 1)]);
}

#[test]
fn untranslated_skips_texts_with_nothing_to_translate_and_terms() {
    let text =
        "-brand = Acme\nbrand = { -brand }\ncount = { $n }\nlink = https://x.y\nanswer = 42\n";
    let ws = pair("fr", text, text);
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// whitespace-mismatch

#[test]
fn whitespace_mismatch_reports_a_doubled_space_as_an_info() {
    let ws = pair("fr", "hello = Hello world\n", "hello = Bonjour  le monde\n");
    assert_eq!(found(&ws), [at("whitespace-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "whitespace-mismatch")[0];
    assert_eq!(d.severity, Severity::Info);
    assert!(d.message.contains("doubled space"), "{}", d.message);
}

#[test]
fn whitespace_mismatch_fires_on_a_quoted_leading_space() {
    let ws = pair(
        "fr",
        "hello = Hello world\n",
        "hello = { \" \" }Bonjour le monde\n",
    );
    assert_eq!(found(&ws), [at("whitespace-mismatch", "fr", 1, 1)]);
    let d = &of_rule(&ws, "whitespace-mismatch")[0];
    assert!(
        d.message.contains("starts with whitespace"),
        "{}",
        d.message
    );
    assert_eq!(d.severity, Severity::Warning);
}

#[test]
fn whitespace_mismatch_fires_on_an_attribute_at_its_name() {
    let ws = pair(
        "fr",
        "save = Save\n    .title = Save the file\n",
        "save = Enregistrer\n    .title = Enregistrer le fichier{ \" \" }\n",
    );
    assert_eq!(found(&ws), [at("whitespace-mismatch", "fr", 2, 6)]);
}

#[test]
fn whitespace_mismatch_is_silent_when_the_source_has_the_same_doubled_space() {
    let ws = pair(
        "fr",
        "hello = Hello  world\n",
        "hello = Bonjour  le monde\n",
    );
    assert_eq!(found(&ws), none());
}

#[test]
fn multi_line_patterns_are_not_doubled_spaces() {
    let ws = pair(
        "fr",
        "intro =\n    First line.\n    Second line.\n",
        "intro =\n    Première ligne.\n      Deuxième ligne, en retrait.\n\n    Troisième { $n }.\n",
    );
    let findings: Vec<String> = found(&ws)
        .into_iter()
        .filter(|f| f.starts_with("whitespace-mismatch "))
        .collect();
    assert_eq!(findings, none());
    let ws = pair(
        "fr",
        "intro =\n    First line.\n    Second line.\n",
        "intro =\n    Première ligne.\n    Deuxième ligne.\n",
    );
    assert_eq!(found(&ws), none());
}

// ---------------------------------------------------------------------------------------
// [rules] severity overrides

#[test]
fn rules_table_turns_a_rule_off_and_changes_a_severity() {
    let ws = pair(
        "fr",
        &format!("cost = These tools often cost money.\n{OPEN_ID_EN}"),
        "cost = These tools often cost money.\nopen-id = Rendez-vous sur https://id.mi.fr.\n",
    );
    assert_eq!(
        found(&ws),
        [
            at("untranslated", "fr", 1, 1),
            at("url-mismatch", "fr", 2, 1)
        ]
    );
    assert_eq!(of_rule(&ws, "url-mismatch")[0].severity, Severity::Warning);

    ws.write(
        "polyguide.toml",
        "source-locale = \"en\"\nlocales = [\"fr\"]\n\n[rules]\nuntranslated = \"off\"\nurl-mismatch = \"error\"\n",
    );
    assert_eq!(found(&ws), [at("url-mismatch", "fr", 2, 1)]);
    assert_eq!(of_rule(&ws, "url-mismatch")[0].severity, Severity::Error);
    let outcome = ws.lint();
    assert_eq!(outcome.count(Severity::Error), 1);
    assert_eq!(outcome.count(Severity::Info), 0);
    assert_eq!(outcome.locales[0].errors, 1);
    assert_eq!(outcome.locales[0].warnings, 0);
}
