// cytoscape-svg ships no types. The method it adds to Core is declared in register-svg.ts.
declare module 'cytoscape-svg' {
  const register: (cytoscape: unknown) => void;
  export default register;
}
