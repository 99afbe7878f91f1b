// Enter applies a typed date, as Tab does. A text field commits its value (the "change" event) only when it loses
// the focus, and the date picker takes Enter as "open the calendar", which dropped what the user had typed.
// Enter still opens the calendar, or picks the day chosen in it, when nothing was typed since the last change.
// The field's wrapper is marked data-enter-applies once the listeners are in place.
export function applyTypedDateOnEnter(element) {
    let typed = false;
    element.addEventListener("input", () => { typed = true; }, true);
    element.addEventListener("change", () => { typed = false; }, true);
    element.addEventListener("keydown", event => {
        if (event.key === "Enter" && typed && event.target instanceof HTMLInputElement) {
            event.preventDefault();
            event.stopPropagation();
            event.target.dispatchEvent(new Event("change", { bubbles: true }));
        }
    }, true);
    element.setAttribute("data-enter-applies", "");
}
