//! The site's own words ("Outdated translation", "Show the original"…), localized.
//!
//! These strings belong to polyguide, not to the workspace, so they ship inside the binary as
//! Fluent files (`src/site/ui/<locale>.ftl`) and are formatted with fluent-bundle. Keeping
//! them out of the workspace's `locales/` means a project never has to translate polyguide's
//! interface before it can publish its guides, its lint never reports them missing, and its
//! export (what apps load) never carries them. A locale with no file of its own gets the
//! file of another region of the same language (pt-PT takes pt-BR), else English; the
//! templates then mark those strings with their own `lang`.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// The site's interface languages: (locale, Fluent source). English first: the last resort.
pub const UI_FILES: &[(&str, &str)] = &[
    ("en", include_str!("ui/en.ftl")),
    ("ar", include_str!("ui/ar.ftl")),
    ("de", include_str!("ui/de.ftl")),
    ("es", include_str!("ui/es.ftl")),
    ("fr", include_str!("ui/fr.ftl")),
    ("hi", include_str!("ui/hi.ftl")),
    ("id", include_str!("ui/id.ftl")),
    ("pt-BR", include_str!("ui/pt-BR.ftl")),
    ("ru", include_str!("ui/ru.ftl")),
    ("zh-CN", include_str!("ui/zh-CN.ftl")),
];

/// The interface languages written right to left.
const RTL_UI: &[&str] = &["ar"];

/// The interface strings in one language.
pub struct Ui {
    /// The locale whose file the strings come from (may differ from the page's).
    pub lang: &'static str,
    /// Its text direction, `ltr` or `rtl`.
    pub dir: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl Ui {
    /// The strings for a page in `locale`: its own file, else one of the same language
    /// (except Chinese, whose locales differ in script), else English.
    pub fn for_locale(locale: &str) -> Ui {
        let (lang, source) = ui_file(locale);
        let langid = lang
            .parse::<unic_langid::LanguageIdentifier>()
            .unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        // HTML carries direction itself; isolation marks would only add invisible characters.
        bundle.set_use_isolating(false);
        // The embedded files are checked by the tests below: they parse and add cleanly.
        let resource = match FluentResource::try_new(source.to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
        let dir = if RTL_UI.contains(&lang) { "rtl" } else { "ltr" };
        Ui { lang, dir, bundle }
    }

    /// A message without arguments.
    pub fn text(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with integer arguments.
    pub fn text_with(&self, id: &str, args: &[(&str, u64)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, FluentValue::from(*value));
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }
}

/// A language's own name ("Français"), when polyguide has its interface file; None else
/// (the caller shows the locale id).
pub fn autonym(locale: &str) -> Option<String> {
    UI_FILES
        .iter()
        .any(|(l, _)| *l == locale)
        .then(|| Ui::for_locale(locale).text("language-name"))
}

fn ui_file(locale: &str) -> (&'static str, &'static str) {
    if let Some(&(l, s)) = UI_FILES.iter().find(|(l, _)| *l == locale) {
        return (l, s);
    }
    let language = locale.split('-').next().unwrap_or(locale);
    if language != "zh" {
        if let Some(&(l, s)) = UI_FILES
            .iter()
            .find(|(l, _)| l.split('-').next() == Some(language))
        {
            return (l, s);
        }
    }
    UI_FILES[0]
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;

    fn message_ids(source: &str) -> Vec<String> {
        let resource = fluent_syntax::parser::parse(source).expect("the UI file parses");
        resource
            .body
            .iter()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_ui_file_parses_and_has_exactly_the_english_messages() {
        let english = message_ids(UI_FILES[0].1);
        for (locale, source) in UI_FILES {
            assert_eq!(message_ids(source), english, "{locale}");
            let mut bundle = FluentBundle::new(vec![locale.parse().unwrap()]);
            let resource = FluentResource::try_new(source.to_string()).unwrap();
            bundle.add_resource(resource).unwrap();
        }
    }

    #[test]
    fn every_message_formats_without_errors_in_every_language() {
        for (locale, _) in UI_FILES {
            let ui = Ui::for_locale(locale);
            assert_eq!(ui.lang, *locale);
            for id in message_ids(UI_FILES[0].1) {
                for n in [0u64, 1, 2, 3, 5, 11, 21, 100] {
                    let mut args = FluentArgs::new();
                    for name in ["current", "total", "count", "percent"] {
                        args.set(name, FluentValue::from(n));
                    }
                    let pattern = ui.bundle.get_message(&id).unwrap().value().unwrap();
                    let mut errors = Vec::new();
                    let text = ui.bundle.format_pattern(pattern, Some(&args), &mut errors);
                    assert!(errors.is_empty(), "{locale} {id}: {errors:?}");
                    assert!(
                        !text.contains('$') && !text.trim().is_empty(),
                        "{locale} {id}: {text}"
                    );
                }
            }
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = Ui::for_locale("en");
        assert_eq!(
            en.text_with("page-stale", &[("count", 1)]),
            "1 outdated translation"
        );
        assert_eq!(
            en.text_with("page-stale", &[("count", 2)]),
            "2 outdated translations"
        );
        let fr = Ui::for_locale("fr");
        assert_eq!(
            fr.text_with("page-current", &[("current", 1), ("total", 4)]),
            "1 texte sur 4 traduit et à jour"
        );
    }

    #[test]
    fn a_locale_without_a_file_takes_its_language_else_english() {
        assert_eq!(Ui::for_locale("pt-PT").lang, "pt-BR");
        assert_eq!(Ui::for_locale("fr-CA").lang, "fr");
        assert_eq!(Ui::for_locale("zh-TW").lang, "en");
        assert_eq!(Ui::for_locale("sw").lang, "en");
        assert_eq!(autonym("fr").as_deref(), Some("Français"));
        assert_eq!(autonym("fr-CA"), None);
    }
}
