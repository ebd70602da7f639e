// The islands of a worksheet page: the form binding, the workbook bar and the PDF buttons share one
// session. The fields that work on the network load their code as they near the screen or the page
// is idle (registered here, once, rather than by each field's own script: fewer modules up front).
import { whenNeeded } from './when-needed.ts';
import './workbook-page.ts';
import './worksheet-form.ts';

// The map editor (layout, scene, drawing, editing): the blank map is already drawn meanwhile.
whenNeeded('mnk-network', () => import('./network-editor.ts'));
// Below the map: the findings, and the anonymous summary made from them.
whenNeeded('mnk-findings', () => import('./analysis-view.ts'));
whenNeeded('mnk-anonymous-summary', () => import('./summary-export.ts'));
