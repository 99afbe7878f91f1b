// Tells the circuit when the person uses the page (a press, a key, a scroll, a touch), at most once per interval.
// Replies the browser sends by itself (render acknowledgements of live updates) are not activity: an open dashboard that
// nobody touches still reaches the idle timeout.
const events = ['pointerdown', 'keydown', 'wheel', 'touchstart'];

export function track(activity, intervalMs) {
    let last = 0;
    const listener = () => {
        const now = Date.now();
        if (now - last >= intervalMs) {
            last = now;
            activity.invokeMethodAsync('UserActive');
        }
    };
    events.forEach(name => document.addEventListener(name, listener, { capture: true, passive: true }));
    return {
        dispose: () => events.forEach(name => document.removeEventListener(name, listener, { capture: true })),
    };
}
