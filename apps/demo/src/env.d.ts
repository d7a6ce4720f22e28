// Vite's `?raw` imports: the file's text.
declare module '*.py?raw' {
  const text: string;
  export default text;
}
