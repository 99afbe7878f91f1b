// Opens the browser's print dialog for the reminder document.
export function print() {
    window.print();
}
