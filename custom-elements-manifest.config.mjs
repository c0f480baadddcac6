/** Internal reactive state (`_open`, declared with `state: true`) and private members are not the public API. */
function hideInternalState() {
  return {
    name: 'hide-internal-state',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.name.startsWith('#')).map((member) => member.name),
          );
          declaration.members &&= declaration.members.filter((member) => !hidden.has(member.name));
          declaration.attributes &&= declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name));
          // The base's generic emit(type, …) is not an event of its own; each element documents its events with @fires.
          declaration.events &&= declaration.events.filter((event) => event.name !== 'type');
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/define/**', 'src/index.ts'],
  outdir: '.',
  litelement: true,
  plugins: [hideInternalState()],
};
