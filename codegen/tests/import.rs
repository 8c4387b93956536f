//! `codegen import`: idempotence on the real metadata, changelog-shaped diffs, hand-written
//! docs surviving, and malformed metadata named by operation and JSON path.
//! Every test imports into its own scratch folder; nothing is written under spec/.

use codegen::import::{import, ImportError, Problem, Summary};
use codegen::spec::{DocsOrigin, OperationSpec};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ACTION: &str = "SendVerificationCodeForBindSecureMobilePhone";

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("import_fixtures")
        .join(name)
}

/// The project's reference material, `../shared` beside the workspace (also there in CI).
fn apidocs(name: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/apidocs")
        .join(name);
    assert!(
        path.is_file(),
        "{} is missing: the shared reference material should sit beside the workspace",
        path.display()
    );
    path
}

/// An empty folder of its own for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("codegen-import-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

/// Every file under `dir`, relative path -> bytes.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, files: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(root, &path, files);
            } else {
                let relative = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
                files.insert(relative, std::fs::read(&path).unwrap());
            }
        }
    }
    let mut files = BTreeMap::new();
    walk(dir, dir, &mut files);
    files
}

fn run(metadata: &Path, spec: &Path) -> Summary {
    import(metadata, "resourcemanager", spec).unwrap_or_else(|err| panic!("import failed:\n{err}"))
}

fn operation(spec: &Path, action: &str) -> OperationSpec {
    let path = spec.join("resourcemanager/operations").join(format!("{action}.yaml"));
    serde_yaml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

#[test]
fn reimporting_the_real_metadata_changes_nothing_and_the_result_generates() {
    let spec = scratch("real");
    let rm = apidocs("resourcemanager-2020-03-31.json");
    let sts = apidocs("sts-2015-04-01.json");
    let first = run(&rm, &spec);
    assert_eq!(
        (first.written.len(), first.unchanged, first.removed.len()),
        (96, 0, 0),
        "product.yaml + 95 operations"
    );
    import(&sts, "sts", &spec).unwrap();
    let before = snapshot(&spec);

    let again = run(&rm, &spec);
    assert_eq!((again.written.len(), again.unchanged, again.removed.len()), (0, 96, 0));
    let again_sts = import(&sts, "sts", &spec).unwrap();
    assert_eq!((again_sts.written.len(), again_sts.unchanged), (0, 5));
    assert!(snapshot(&spec) == before, "a second import changed file bytes");

    // The imported specs go through the whole pipeline: load, validate, model, emit.
    let generated = codegen::generate(&spec).unwrap_or_else(|err| panic!("the imported specs do not generate:\n{err}"));
    let source: String = generated
        .products
        .iter()
        .filter(|(path, _)| path.starts_with("resourcemanager/"))
        .map(|(_, source)| source.as_str())
        .collect();
    assert!(!source.is_empty(), "no resourcemanager files were generated");
    let actions: Vec<String> = before
        .keys()
        .filter_map(|path| {
            path.strip_prefix("resourcemanager/operations/")?
                .strip_suffix(".yaml")
                .map(String::from)
        })
        .collect();
    assert_eq!(actions.len(), 95);
    for action in &actions {
        assert!(
            source.contains(&format!("\"{action}\"")),
            "{action} is missing from the generated code"
        );
    }
    std::fs::remove_dir_all(&spec).unwrap();
}

#[test]
fn a_newer_metadata_changes_exactly_the_files_it_changes() {
    let spec = scratch("diff");
    let first = run(&fixture("v1.json"), &spec);
    assert_eq!(first.written.len(), 5);
    let before = snapshot(&spec);

    let summary = run(&fixture("v2.json"), &spec);
    let after = snapshot(&spec);
    let added: Vec<&String> = after.keys().filter(|path| !before.contains_key(*path)).collect();
    let removed: Vec<&String> = before.keys().filter(|path| !after.contains_key(*path)).collect();
    let modified: Vec<&String> = after
        .keys()
        .filter(|path| before.get(*path).is_some_and(|old| old != &after[*path]))
        .collect();
    assert_eq!(added, ["resourcemanager/operations/CreateFolder.yaml"]);
    assert_eq!(removed, ["resourcemanager/operations/GetAccount.yaml"]);
    assert_eq!(modified, ["resourcemanager/operations/ListAccounts.yaml"]);
    assert_eq!(
        (summary.written.len(), summary.unchanged, summary.removed.len()),
        (2, 3, 1)
    );

    let page_size = operation(&spec, "ListAccounts")
        .parameters
        .into_iter()
        .find(|p| p.name == "PageSize")
        .unwrap();
    assert_eq!((page_size.minimum, page_size.maximum), (Some(1.0), Some(100.0)));
    std::fs::remove_dir_all(&spec).unwrap();
}

#[test]
fn manual_docs_survive_while_the_structure_follows_the_metadata() {
    let spec = scratch("manual");
    let operations = spec.join("resourcemanager/operations");
    std::fs::create_dir_all(&operations).unwrap();
    let manual_text = std::fs::read_to_string(fixture(&format!("{ACTION}.manual.yaml"))).unwrap();
    let manual: OperationSpec = serde_yaml::from_str(&manual_text).unwrap();
    std::fs::write(operations.join(format!("{ACTION}.yaml")), &manual_text).unwrap();

    run(&fixture("manual.json"), &spec);
    let merged = operation(&spec, ACTION);
    assert_eq!(merged.docs, DocsOrigin::Manual);
    assert_eq!(
        (&merged.title, &merged.summary, &merged.description),
        (&manual.title, &manual.summary, &manual.description)
    );
    assert_eq!(
        merged.response, manual.response,
        "English response descriptions are kept"
    );

    let names: Vec<&str> = merged.parameters.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        names,
        ["SecureMobilePhone", "AccountId", "Language"],
        "the new parameter is added"
    );
    let phone = &merged.parameters[0];
    assert!(phone.sensitive);
    assert_eq!(phone.description, manual.parameters[0].description);
    assert_eq!(merged.parameters[1].description, manual.parameters[1].description);
    let language = &merged.parameters[2];
    assert_eq!(
        language.description.as_deref(),
        Some("短信的语言。"),
        "new parameters bring the metadata's text"
    );
    assert_eq!(
        language.enum_values.as_deref(),
        Some(&["zh".to_string(), "en".to_string()][..])
    );

    let codes: Vec<(&str, Option<u16>)> = merged.errors.iter().map(|e| (e.code.as_str(), e.status)).collect();
    assert_eq!(
        codes,
        [
            ("InvalidParameter.Language", Some(400)),
            ("NotSupport.AccountInAnotherResourceDirectory", Some(409)),
            ("EntityAlreadyExists.ResourceDirectory", Some(409)),
            ("SendValidateCodeExceedsLimitForAccount", Some(409)),
        ],
        "errors follow the metadata: one added, one removed"
    );
    assert_eq!(
        merged.errors[0].message.as_deref(),
        Some("The specified language is not supported.")
    );
    for error in &merged.errors[1..] {
        let before = manual.errors.iter().find(|e| e.code == error.code).unwrap();
        assert_eq!(
            (&error.message, &error.description),
            (&before.message, &before.description),
            "{}",
            error.code
        );
    }

    let again = run(&fixture("manual.json"), &spec);
    assert_eq!(
        (again.written.len(), again.unchanged),
        (0, 2),
        "a manual file is stable under re-import"
    );
    std::fs::remove_dir_all(&spec).unwrap();
}

#[test]
fn sensitive_and_struct_name_survive_in_imported_files() {
    let spec = scratch("sensitive");
    run(&fixture("v1.json"), &spec);
    let mut get_account = operation(&spec, "GetAccount");
    get_account.parameters[0].sensitive = true;
    let fields = &mut get_account.response.properties.as_mut().unwrap().0;
    let (_, account) = fields.iter_mut().find(|(name, _)| name == "Account").unwrap();
    account.struct_name = Some("AccountInfo".into());
    let path = spec.join("resourcemanager/operations/GetAccount.yaml");
    let edited = serde_yaml::to_string(&get_account).unwrap();
    std::fs::write(&path, &edited).unwrap();

    let summary = run(&fixture("v1.json"), &spec);
    assert_eq!(summary.written, Vec::<PathBuf>::new());
    assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
    std::fs::remove_dir_all(&spec).unwrap();
}

#[test]
fn an_unknown_key_is_named_by_operation_and_path() {
    let spec = scratch("unknown-key");
    let metadata = fixture("unknown_key.json");
    let err = import(&metadata, "resourcemanager", &spec).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: cannot import:\n  apis.ListAccounts.parameters[2].schema.items.foo: unknown key",
            metadata.display()
        )
    );
    let ImportError::Metadata { problems, .. } = err else {
        panic!("not a metadata error")
    };
    let expected = Problem {
        path: "apis.ListAccounts.parameters[2].schema.items.foo".into(),
        message: "unknown key".into(),
    };
    assert_eq!(problems, [expected]);
    assert!(!spec.exists(), "a failed import writes nothing");
}

#[test]
fn wrong_types_are_all_reported_together() {
    let spec = scratch("wrong-type");
    let metadata = fixture("wrong_type.json");
    let err = import(&metadata, "resourcemanager", &spec).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: cannot import:\n  apis.GetAccount.deprecated: expected a boolean, found a string\n  \
             apis.ListAccounts.parameters[0].schema.required: expected a boolean, found a string",
            metadata.display()
        )
    );
    assert!(!spec.exists(), "a failed import writes nothing");
}

#[test]
fn an_existing_file_that_does_not_parse_is_not_overwritten() {
    let spec = scratch("unparsable");
    let operations = spec.join("resourcemanager/operations");
    std::fs::create_dir_all(&operations).unwrap();
    let path = operations.join("GetAccount.yaml");
    std::fs::write(&path, "name: GetAccount\ndocs: manual\nsumary: typo\n").unwrap();
    let err = import(&fixture("v1.json"), "resourcemanager", &spec).unwrap_err();
    assert!(matches!(err, ImportError::Existing(_)), "{err}");
    assert!(
        err.to_string().contains("GetAccount.yaml:3:1: unknown field `sumary`"),
        "{err}"
    );
    assert_eq!(snapshot(&spec).len(), 1, "nothing else was written");
    std::fs::remove_dir_all(&spec).unwrap();
}
