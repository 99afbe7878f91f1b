// Drag-and-drop reordering of the agenda rows (the keyboard uses the Move up / Move down buttons instead).
// Listeners sit on the document, so rows re-rendered by Blazor need no re-binding.
let owner = null;
let dragged = null;

function rowOf(target) {
    return target instanceof Element ? target.closest("tbody.agenda-draggable tr[data-agenda-id]") : null;
}

function clearTargets() {
    document.querySelectorAll("tr.agenda-drop-target").forEach(row => row.classList.remove("agenda-drop-target"));
}

function onDragStart(event) {
    const row = rowOf(event.target);
    if (!row) {
        return;
    }
    dragged = row;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", row.dataset.agendaId);
}

function onDragOver(event) {
    const row = rowOf(event.target);
    if (!dragged || !row) {
        return;
    }
    event.preventDefault();
    clearTargets();
    row.classList.add("agenda-drop-target");
}

function onDrop(event) {
    const row = rowOf(event.target);
    clearTargets();
    if (!dragged || !row || !owner) {
        dragged = null;
        return;
    }
    event.preventDefault();
    const itemId = Number(dragged.dataset.agendaId);
    const position = Number(row.dataset.agendaPosition);
    dragged = null;
    if (Number(row.dataset.agendaId) !== itemId) {
        owner.invokeMethodAsync("MoveByDragAsync", itemId, position);
    }
}

function onDragEnd() {
    dragged = null;
    clearTargets();
}

export function enableAgendaDrag(dotNet) {
    if (owner === null) {
        document.addEventListener("dragstart", onDragStart);
        document.addEventListener("dragover", onDragOver);
        document.addEventListener("drop", onDrop);
        document.addEventListener("dragend", onDragEnd);
    }
    owner = dotNet;
}

export function dispose() {
    document.removeEventListener("dragstart", onDragStart);
    document.removeEventListener("dragover", onDragOver);
    document.removeEventListener("drop", onDrop);
    document.removeEventListener("dragend", onDragEnd);
    owner = null;
}

export function focusElement(id) {
    document.getElementById(id)?.focus();
}
