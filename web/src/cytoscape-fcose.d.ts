// cytoscape-fcose registers the "fcose" layout (the package has no type declarations).
declare module "cytoscape-fcose" {
  const fcose: cytoscape.Ext;
  export default fcose;
}
