// Opens the browser's print dialog for the conference pack.
export function print() {
    window.print();
}
