//! What the storage said, shown in a banner on every page of the checker: nothing will be kept, the
//! device is full, or a value that could not be read was moved aside (with a way to export it).

use leptos::prelude::*;

use crate::i18n::t;
use crate::route::Route;
use crate::ui::context::use_locale;
use crate::ui::nav::Link;
use crate::ui::storage::{LoadProblem, SaveProblem};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageNote {
    NotKept,
    Full,
    /// The key the unreadable value now lives under.
    MovedAside(String),
    /// Another tab changed what this one was about to save: the newer value is shown, this one's last
    /// change was not kept.
    ChangedElsewhere,
}

#[derive(Clone, Copy)]
pub struct NoticeCtx(pub RwSignal<Vec<StorageNote>>);

pub fn provide_notices() -> NoticeCtx {
    let ctx = NoticeCtx(RwSignal::new(Vec::new()));
    provide_context(ctx);
    ctx
}

pub fn use_notices() -> NoticeCtx {
    expect_context::<NoticeCtx>()
}

impl NoticeCtx {
    pub fn add(self, note: StorageNote) {
        if !self.0.with_untracked(|n| n.contains(&note)) {
            self.0.update(|n| n.push(note));
        }
    }

    pub fn load_problem(self, p: LoadProblem) {
        self.add(match p {
            LoadProblem::Unavailable => StorageNote::NotKept,
            LoadProblem::Damaged { moved_to } => StorageNote::MovedAside(moved_to),
        });
    }

    pub fn save_problem(self, p: SaveProblem) {
        self.add(match p {
            SaveProblem::Unavailable => StorageNote::NotKept,
            SaveProblem::Full => StorageNote::Full,
            SaveProblem::Changed => StorageNote::ChangedElsewhere,
        });
    }

    /// After the person deleted everything, the notes about stored values no longer apply.
    pub fn clear_moved(self) {
        self.0.update(|n| n.retain(|x| !matches!(x, StorageNote::MovedAside(_))));
    }
}

#[component]
pub fn StorageBanner() -> impl IntoView {
    let locale = use_locale();
    let notes = use_notices().0;
    move || {
        let l = locale.get();
        let list = notes.get();
        (!list.is_empty()).then(|| {
            view! {
                <div class="storage-banner no-print" role="status">
                    {list.into_iter().map(|n| match n {
                        StorageNote::NotKept => view! { <p>{t::storage_not_kept(l)}</p> }.into_any(),
                        StorageNote::Full => view! { <p>{t::storage_full(l)}</p> }.into_any(),
                        StorageNote::ChangedElsewhere => view! { <p>{t::storage_changed_elsewhere(l)}</p> }.into_any(),
                        StorageNote::MovedAside(_) => view! {
                            <p>{t::storage_moved_aside(l)}" "<a href=Route::Documents.link_to("odlozone")>{t::storage_moved_aside_link(l)}</a></p>
                        }.into_any(),
                    }).collect_view()}
                </div>
            }
        })
    }
}
