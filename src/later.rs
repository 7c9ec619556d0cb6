//! Hydration in several tasks of the browser, not one.
//!
//! Leptos hydrates a page in one call: on a phone's CPU (4x slower than a laptop) that was
//! one task of 180 to 200 ms on every page, during which a tap waits, and which Lighthouse
//! counts as blocking time (docs/decisions/0004-wasm-size.md, "Hydration in three tasks").
//! [`later`] marks a part of the page whose hydration may wait for a task of its own: while
//! the page hydrates, the part's component code runs and its nodes are hydrated after a
//! `setTimeout(0)`, in the order the parts were met, with the context they would have had.
//! Everywhere else (prerendering, a part built after hydration) it is the view itself.
//!
//! [`hydrate`] replaces `leptos::mount::hydrate_body`: it keeps Leptos's "hydrating" state
//! (resources read the page's prerendered data) until the last part is hydrated, so a part's
//! resources read what the prerenderer wrote, in the order it wrote them. While parts wait,
//! [`pending`] is true, and `main.rs` lets a link be followed as a page load and a history
//! step reload the page, since the part that would show the next page is not live yet.
//!
//! A part must render exactly one element at its root: the wait skips that element, and
//! hydrates it from there later. A part that turns out not to start with an element is
//! hydrated at once.

use leptos::prelude::*;

/// The view `make` returns; while the page hydrates, hydrated in a later task.
pub fn later<V, F>(make: F) -> AnyView
where
    F: FnOnce() -> V + Send + 'static,
    V: IntoView + 'static,
{
    #[cfg(feature = "hydrate")]
    {
        browser::Later::new(move || make().into_view().into_any()).into_any()
    }
    #[cfg(not(feature = "hydrate"))]
    {
        make().into_view().into_any()
    }
}

#[cfg(feature = "hydrate")]
pub use browser::{hydrate, pending};

#[cfg(feature = "hydrate")]
mod browser {
    use futures::future::LocalBoxFuture;
    use leptos::prelude::*;
    use leptos::tachys::html::attribute::{any_attribute::IntoAnyAttribute, Attribute};
    use leptos::tachys::hydration::Cursor;
    use leptos::tachys::renderer::types::{Element, Node};
    use leptos::tachys::ssr::StreamBuilder;
    use leptos::tachys::view::add_attr::AddAnyAttr;
    use leptos::tachys::view::any_view::AnyViewState;
    use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::JsCast;

    type Make = Box<dyn FnOnce() -> AnyView + Send>;

    thread_local! {
        /// What each part met while hydrating waits for, then does: [`hydrate`] runs them.
        static WAITING: RefCell<Vec<LocalBoxFuture<'static, ()>>> = const { RefCell::new(Vec::new()) };
        /// Whether [`hydrate`] has parts still to hydrate.
        static HYDRATING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    }

    /// Whether some part of the page has not hydrated yet.
    pub fn pending() -> bool {
        HYDRATING.with(|h| h.get())
    }

    /// Hydrates `<body>` with `app`, each [`super::later`] part in a task of its own, and
    /// returns once every part is hydrated.
    pub async fn hydrate<F, N>(app: F)
    where
        F: FnOnce() -> N + 'static,
        N: IntoView,
    {
        use hydration_context::HydrateSharedContext;
        use std::sync::Arc;
        let _ = any_spawner::Executor::init_wasm_bindgen();
        let Some(body) = document().body() else { return };
        let owner = Owner::new_root(Some(Arc::new(HydrateSharedContext::new())));
        let state = owner.with(|| app().into_view().hydrate::<true>(&Cursor::new(body.unchecked_into()), &PositionState::default()));
        // All the parts' timers are set at once, so each part takes the next task.
        let waiting = WAITING.with(|w| std::mem::take(&mut *w.borrow_mut()));
        HYDRATING.with(|h| h.set(true));
        futures::future::join_all(waiting).await;
        HYDRATING.with(|h| h.set(false));
        if let Some(context) = owner.with(Owner::current_shared_context) {
            context.hydration_complete();
        }
        // The app lives as long as the page.
        std::mem::forget((state, owner));
    }

    /// A part of the page whose hydration may wait (see the module's docs).
    pub struct Later {
        owner: Owner,
        make: Make,
    }

    impl Later {
        pub fn new(make: impl FnOnce() -> AnyView + Send + 'static) -> Self {
            let owner = Owner::current().map(|owner| owner.child()).unwrap_or_else(Owner::new);
            Later { owner, make: Box::new(make) }
        }
    }

    /// Where a part is: waiting (its element, and what makes it), or live.
    enum Slot {
        Waiting { el: Element, later: Later },
        Live { owner: Owner, state: AnyViewState },
        /// Only while a part moves from one to the other.
        Moving,
    }

    impl Slot {
        /// Hydrates a waiting part now; nothing for a live one. No borrow of the slot is held
        /// while the part hydrates: anything that reaches the slot meanwhile finds `Moving`.
        fn go_live(slot: &RefCell<Slot>) {
            let taken = std::mem::replace(&mut *slot.borrow_mut(), Slot::Moving);
            let Slot::Waiting { el, later } = taken else {
                *slot.borrow_mut() = taken;
                return;
            };
            let Later { owner, make } = later;
            let cursor = Cursor::new(el);
            let state = owner.with(|| make().hydrate::<true>(&cursor, &PositionState::new(Position::Current)));
            *slot.borrow_mut() = Slot::Live { owner, state };
        }
    }

    pub struct LaterState(Rc<RefCell<Slot>>);

    impl Render for Later {
        type State = LaterState;

        fn build(self) -> LaterState {
            let Later { owner, make } = self;
            let state = owner.with(|| make().build());
            LaterState(Rc::new(RefCell::new(Slot::Live { owner, state })))
        }

        fn rebuild(self, state: &mut LaterState) {
            Slot::go_live(&state.0);
            if let Slot::Live { owner, state } = &mut *state.0.borrow_mut() {
                let Later { owner: new_owner, make } = self;
                new_owner.with(|| make().rebuild(state));
                let old = std::mem::replace(owner, new_owner);
                // As Leptos's own owned views do: the old owner goes after the effects
                // already queued have run.
                leptos::task::spawn_local(async move { drop(old) });
            }
        }
    }

    impl AddAnyAttr for Later {
        type Output<SomeNewAttr: Attribute> = Later;

        fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Later {
            let attr = attr.into_cloneable_owned().into_any_attr();
            let Later { owner, make } = self;
            Later { owner, make: Box::new(move || make().add_any_attr(attr).into_any()) }
        }
    }

    impl RenderHtml for Later {
        type AsyncOutput = AnyView;
        type Owned = Later;
        const MIN_LENGTH: usize = 0;

        /// Only the server resolves ahead, and there a part is its view (`super::later`).
        fn dry_resolve(&mut self) {}

        fn resolve(self) -> impl std::future::Future<Output = AnyView> + Send {
            let Later { owner, make } = self;
            owner.with(make).resolve()
        }

        fn to_html_with_buf(self, buf: &mut String, position: &mut Position, escape: bool, mark_branches: bool, extra_attrs: Vec<leptos::tachys::html::attribute::any_attribute::AnyAttribute>) {
            let Later { owner, make } = self;
            owner.with(|| make().to_html_with_buf(buf, position, escape, mark_branches, extra_attrs));
        }

        fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
            self,
            buf: &mut StreamBuilder,
            position: &mut Position,
            escape: bool,
            mark_branches: bool,
            extra_attrs: Vec<leptos::tachys::html::attribute::any_attribute::AnyAttribute>,
        ) {
            let Later { owner, make } = self;
            owner.with(|| make().to_html_async_with_buf::<OUT_OF_ORDER>(buf, position, escape, mark_branches, extra_attrs));
        }

        fn hydrate<const FROM_SERVER: bool>(self, cursor: &Cursor, position: &PositionState) -> LaterState {
            let before = (cursor.current(), position.get());
            match position.get() {
                Position::FirstChild => cursor.child(),
                Position::Current => {}
                _ => cursor.sibling(),
            }
            let Ok(el) = cursor.current().dyn_into::<Element>() else {
                // Not an element: hydrated at once, from where the cursor was.
                cursor.set(before.0);
                position.set(before.1);
                let Later { owner, make } = self;
                let state = owner.with(|| make().hydrate::<FROM_SERVER>(cursor, position));
                return LaterState(Rc::new(RefCell::new(Slot::Live { owner, state })));
            };
            position.set(Position::NextChild);
            let slot = Rc::new(RefCell::new(Slot::Waiting { el, later: self }));
            let part = Rc::clone(&slot);
            WAITING.with(|w| {
                w.borrow_mut().push(Box::pin(async move {
                    crate::clock::sleep(0).await;
                    Slot::go_live(&part);
                }))
            });
            LaterState(slot)
        }

        fn into_owned(self) -> Later {
            self
        }
    }

    impl Mountable for LaterState {
        fn unmount(&mut self) {
            match &mut *self.0.borrow_mut() {
                Slot::Live { state, .. } => state.unmount(),
                Slot::Waiting { el, .. } => el.remove(),
                Slot::Moving => {}
            }
        }

        fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
            match &mut *self.0.borrow_mut() {
                Slot::Live { state, .. } => state.mount(parent, marker),
                Slot::Waiting { el, .. } => {
                    let _ = parent.insert_before(el, marker);
                }
                Slot::Moving => {}
            }
        }

        fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
            match &*self.0.borrow() {
                Slot::Live { state, .. } => state.insert_before_this(child),
                Slot::Waiting { el, .. } => match el.parent_element() {
                    Some(parent) => {
                        child.mount(&parent, Some(el));
                        true
                    }
                    None => false,
                },
                Slot::Moving => false,
            }
        }

        fn elements(&self) -> Vec<Element> {
            match &*self.0.borrow() {
                Slot::Live { state, .. } => state.elements(),
                Slot::Waiting { el, .. } => vec![el.clone()],
                Slot::Moving => Vec::new(),
            }
        }
    }
}
