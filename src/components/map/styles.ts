/**
 * The maps' stylesheet, in cascade order: what is generated from typed sources (colours per
 * scheme and the rules that paint with them, src/map/palette.ts; the layouts' sizes,
 * src/map/layout.ts), then map.css (interaction, locators, the home map's legend).
 */
import 'virtual:payung/map.css';
import './map.css';
