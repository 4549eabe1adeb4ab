/**
 * Copyright 2017-present, The Visdom Authors
 * All rights reserved.
 *
 * This source code is licensed under the license found in the
 * LICENSE file in the root directory of this source tree.
 *
 */

/* global ACTIVE_ENV $ Bin */

'use strict';

import 'fetch';
import 'rc-tree-select/assets/index.less';

import React, { useContext, useEffect, useRef, useState } from 'react';
import ReactDOM from 'react-dom';
import ReactGridLayout, {
  getLayoutItem,
  sortLayoutItemsByRowCol as sortLayout,
} from 'react-grid-layout';
import { useResizeDetector } from 'react-resize-detector';

import ApiContext from './api/ApiContext';
import ApiProvider from './api/ApiProvider';
import EventSystem from './EventSystem';
import EnvModal from './modals/EnvModal';
import ViewModal from './modals/ViewModal';
import TextPane from './panes/TextPane';
import {
  DEFAULT_LAYOUT,
  MARGIN,
  PANE_SIZE,
  PANES,
  ROW_HEIGHT,
} from './settings';
import buildExportHtml from './template/exportTemplate';
import ToastContainer from './toasts/ToastContainer';
import { showToast } from './toasts/toastEvents';
import ConnectionIndicator from './topbar/ConnectionIndicator';
import EnvControls from './topbar/EnvControls';
import FilterControls from './topbar/FilterControls';
import ViewControls from './topbar/ViewControls';
import WidthProvider from './Width';

const jsonpatch = require('fast-json-patch');
const GridLayout = WidthProvider(ReactGridLayout);

let recoveredInvalidStateAtStartup = false;

const safeJsonParse = (raw, fallback, onError) => {
  if (raw == null || raw === '') return fallback;

  try {
    return JSON.parse(raw);
  } catch (e) {
    if (onError) onError(e);
    return fallback;
  }
};

var use_envs = null;
if (ACTIVE_ENV !== '') {
  if (ACTIVE_ENV.indexOf('+') > -1) {
    // Compare case
    use_envs = ACTIVE_ENV.split('+');
  } else {
    // not compare case
    use_envs = [ACTIVE_ENV];
  }
} else {
  let storedEnvIDs = safeJsonParse(localStorage.getItem('envIDs'), null, () => {
    localStorage.removeItem('envIDs');
    recoveredInvalidStateAtStartup = true;
  });
  use_envs = Array.isArray(storedEnvIDs) ? storedEnvIDs : ['main'];
}

const PaneWrapper = ({
  Comp,
  pane,
  panelayout,
  envID,
  onClose,
  onFocus,
  isFocused,
  defaultWidth,
  defaultHeight,
}) => {
  const { width, height, ref } = useResizeDetector();
  const PANE_TITLE_BAR_HEIGHT = 14;

  const finalWidth =
    width !== undefined && width > 0 ? width - 2 : defaultWidth;
  const finalHeight =
    (height !== undefined && height > 0 ? height - 2 : defaultHeight) -
    PANE_TITLE_BAR_HEIGHT;

  return (
    <div ref={ref} style={{ width: '100%', height: '100%' }}>
      <Comp
        key={pane.id}
        {...pane}
        envID={envID}
        onClose={onClose}
        onFocus={onFocus}
        isFocused={isFocused}
        w={panelayout.w}
        h={panelayout.h}
        width={finalWidth}
        height={finalHeight}
        _width={finalWidth}
        _height={finalHeight}
      />
    </div>
  );
};
