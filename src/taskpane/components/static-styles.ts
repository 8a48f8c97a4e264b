/**
 * The first screen's styling without Griffel's runtime or the `tokens` module (together about
 * 20 KB gzip): Fluent's design tokens are CSS variables that FluentProvider defines, so they
 * are named here directly, and the few pseudo-classes live in one static stylesheet.
 * Lazily loaded screens use makeStyles as usual.
 */
export const v = (token: string) => `var(--${token})`;

const CSS = `
.dabiao-tab{position:relative;border:none;background:none;cursor:pointer;padding:6px 8px 8px;font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);color:var(--colorNeutralForeground2);border-radius:var(--borderRadiusMedium)}
.dabiao-tab:hover{color:var(--colorNeutralForeground1);background-color:var(--colorSubtleBackgroundHover)}
.dabiao-tab:focus-visible{outline:var(--strokeWidthThick) solid var(--colorStrokeFocus2);outline-offset:-2px}
.dabiao-tab[aria-selected=true]{color:var(--colorNeutralForeground1);font-weight:var(--fontWeightSemibold)}
.dabiao-tab[aria-selected=true]::after{content:"";position:absolute;left:8px;right:8px;bottom:-1px;height:3px;border-radius:var(--borderRadiusCircular);background-color:var(--colorCompoundBrandStroke)}

/* Fluent v9's small Button (primary, secondary, subtle), from its own style sheet's values. */
.dabiao-btn{display:inline-flex;align-items:center;justify-content:center;box-sizing:border-box;vertical-align:middle;margin:0;overflow:hidden;min-width:64px;padding:3px var(--spacingHorizontalS);border:var(--strokeWidthThin) solid var(--colorNeutralStroke1);border-radius:var(--borderRadiusMedium);background-color:var(--colorNeutralBackground1);color:var(--colorNeutralForeground1);font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase200);font-weight:var(--fontWeightRegular);line-height:var(--lineHeightBase200);cursor:pointer;outline-style:none;transition:background var(--durationFaster) var(--curveEasyEase),border var(--durationFaster) var(--curveEasyEase),color var(--durationFaster) var(--curveEasyEase)}
.dabiao-btn:hover{background-color:var(--colorNeutralBackground1Hover);border-color:var(--colorNeutralStroke1Hover);color:var(--colorNeutralForeground1Hover)}
.dabiao-btn:hover:active{background-color:var(--colorNeutralBackground1Pressed);border-color:var(--colorNeutralStroke1Pressed);color:var(--colorNeutralForeground1Pressed)}
.dabiao-btn:focus-visible{border-color:var(--colorStrokeFocus2);border-radius:var(--borderRadiusSmall);box-shadow:0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset;outline:var(--strokeWidthThick) solid var(--colorTransparentStroke);z-index:1}
.dabiao-btn-primary{background-color:var(--colorBrandBackground);border-color:transparent;color:var(--colorNeutralForegroundOnBrand)}
.dabiao-btn-primary:hover{background-color:var(--colorBrandBackgroundHover);border-color:transparent;color:var(--colorNeutralForegroundOnBrand)}
.dabiao-btn-primary:hover:active{background-color:var(--colorBrandBackgroundPressed);border-color:transparent;color:var(--colorNeutralForegroundOnBrand)}
.dabiao-btn-primary:focus-visible{border-color:var(--colorStrokeFocus2);box-shadow:var(--shadow2),0 0 0 var(--strokeWidthThin) var(--colorStrokeFocus2) inset,0 0 0 var(--strokeWidthThick) var(--colorNeutralForegroundOnBrand) inset}
.dabiao-btn-subtle{background-color:var(--colorSubtleBackground);border-color:transparent;color:var(--colorNeutralForeground2)}
.dabiao-btn-subtle:hover{background-color:var(--colorSubtleBackgroundHover);border-color:transparent;color:var(--colorNeutralForeground2Hover)}
.dabiao-btn-subtle:hover:active{background-color:var(--colorSubtleBackgroundPressed);border-color:transparent}
.dabiao-btn[aria-disabled=true],.dabiao-btn[aria-disabled=true]:hover,.dabiao-btn[aria-disabled=true]:hover:active{background-color:var(--colorNeutralBackgroundDisabled);border-color:var(--colorNeutralStrokeDisabled);color:var(--colorNeutralForegroundDisabled);cursor:not-allowed}
.dabiao-btn-primary[aria-disabled=true],.dabiao-btn-primary[aria-disabled=true]:hover,.dabiao-btn-primary[aria-disabled=true]:hover:active{border-color:transparent}
.dabiao-btn-subtle[aria-disabled=true],.dabiao-btn-subtle[aria-disabled=true]:hover,.dabiao-btn-subtle[aria-disabled=true]:hover:active{background-color:var(--colorSubtleBackground);border-color:transparent}
@media (forced-colors:active){.dabiao-btn:hover{color:Highlight;border-color:Highlight}.dabiao-btn[aria-disabled=true]{color:GrayText;border-color:GrayText}}
/* Fluent v9's large ProgressBar: determinate, or indeterminate with its sweeping gradient. */
.dabiao-progress{position:relative;overflow:hidden;height:4px;border-radius:var(--borderRadiusMedium);background-color:var(--colorNeutralBackground6)}
.dabiao-progress>span{position:absolute;top:0;bottom:0;left:0;border-radius:inherit;background-color:var(--colorCompoundBrandBackground)}
.dabiao-progress-indeterminate>span{width:33%;background-image:linear-gradient(to right,var(--colorNeutralBackground6) 0%,var(--colorTransparentBackground) 50%,var(--colorNeutralBackground6) 100%);background-color:var(--colorCompoundBrandBackground);animation:dabiao-sweep 3s infinite}
@keyframes dabiao-sweep{0%{left:-33%}100%{left:100%}}
@media (prefers-reduced-motion:reduce){.dabiao-progress-indeterminate>span{animation-duration:0.01ms;animation-iteration-count:1;width:100%;left:0}}
`;

let added = false;

/** Adds the stylesheet once (a <style> element: the CSP allows inline styles, as Fluent needs them too). */
export function useStaticStyles(): void {
  if (added || typeof document === "undefined") return;
  added = true;
  const style = document.createElement("style");
  style.setAttribute("data-dabiao", "");
  style.textContent = CSS;
  document.head.appendChild(style);
}
