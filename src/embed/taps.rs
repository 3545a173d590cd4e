//! Taking over a prerendered card where the reader left it. The card is on screen long before
//! the wasm arrives; the loader (`web/src/taps.js`) records each control the reader taps there,
//! once, on the host. The widget renders the same markup over the card, then gives the focus
//! back to the control that had it and replays each tap on the same control, so every review
//! the reader opened is open, as if the widget had been there all along.

use std::cell::Cell;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement};

use crate::contract::{CONTROLS_SELECTOR, TAPS_KEY};

thread_local! {
    /// Set while a tap is replayed whose link the loader already put on the clipboard.
    static COPIED: Cell<bool> = const { Cell::new(false) };
    /// Set while a tap is replayed on a control that no longer had the focus: the reader has
    /// moved on, and the focus stays where they took it.
    static FOCUS_HELD: Cell<bool> = const { Cell::new(false) };
}

/// One control tapped before the takeover.
struct Tap {
    /// Its position among the card's controls.
    at: u32,
    /// Its class, checked before it is tapped again: a snippet from an older version may hold
    /// other controls than the widget renders.
    class: String,
    /// Whether the loader copied its link already.
    copied: bool,
}

/// What the reader did on a prerendered card before the widget took it over.
pub(super) struct Takeover {
    /// The position of the control with the focus among the card's controls.
    focused: Option<u32>,
    taps: Vec<Tap>,
}

impl Takeover {
    /// Reads, before the widget renders over `host`'s shadow root, which control has the focus
    /// and which ones the reader tapped. The taps are taken off the host: they are replayed once.
    pub(super) fn read(host: &Element) -> Self {
        let key: JsValue = js_sys::Symbol::for_(TAPS_KEY).into();
        let taps = js_sys::Reflect::get(host, &key)
            .ok()
            .and_then(|taps| taps.as_string())
            .unwrap_or_default();
        let _ = js_sys::Reflect::set(host, &key, &JsValue::UNDEFINED);
        Self {
            focused: focused_control(host),
            taps: taps.lines().filter_map(read_tap).collect(),
        }
    }

    /// Whether there is nothing to give back.
    pub(super) fn is_empty(&self) -> bool {
        self.focused.is_none() && self.taps.is_empty()
    }

    /// Once the widget has rendered into `root`: focuses the control the reader was on, then
    /// taps each control they tapped. The widget answers each tap as it would have then, except
    /// that it copies no link twice and takes the focus from no one who has moved on.
    pub(super) fn replay(self, root: &Element) {
        let Ok(controls) = root.query_selector_all(CONTROLS_SELECTOR) else {
            return;
        };
        let control = |index: u32| {
            controls
                .item(index)
                .and_then(|control| control.dyn_into::<HtmlElement>().ok())
        };
        if let Some(focused) = self.focused.and_then(control) {
            let _ = focused.focus();
        }
        for tap in self.taps {
            let same =
                |tapped: &HtmlElement| tapped.get_attribute("class") == Some(tap.class.clone());
            let Some(tapped) = control(tap.at).filter(same) else {
                continue;
            };
            COPIED.set(tap.copied);
            FOCUS_HELD.set(self.focused != Some(tap.at));
            tapped.click();
            COPIED.set(false);
            FOCUS_HELD.set(false);
        }
    }
}

/// A tap as the loader writes it, one a line: its position, `1` if its link was copied, and its
/// class, apart by tabs. (Text rather than an array of arrays: the bundle reads it with what it
/// already has.)
fn read_tap(line: &str) -> Option<Tap> {
    let mut fields = line.splitn(3, '\t');
    Some(Tap {
        at: fields.next()?.parse().ok()?,
        copied: fields.next()? == "1",
        class: fields.next()?.to_owned(),
    })
}

/// Whether the tap being replayed had its link copied by the loader already; asked once.
pub(super) fn take_copied() -> bool {
    COPIED.replace(false)
}

/// Whether the tap being replayed must leave the focus where it is.
pub(super) fn focus_held() -> bool {
    FOCUS_HELD.get()
}

/// Which of the controls in `host`'s shadow root has the focus (a reader may tab into a
/// prerendered card before the widget arrives), as its position among them.
fn focused_control(host: &Element) -> Option<u32> {
    let shadow = host.shadow_root()?;
    let active: web_sys::Node = shadow.active_element()?.into();
    let controls = shadow.query_selector_all(CONTROLS_SELECTOR).ok()?;
    (0..controls.length()).find(|&index| {
        controls
            .item(index)
            .is_some_and(|control| control == active)
    })
}
