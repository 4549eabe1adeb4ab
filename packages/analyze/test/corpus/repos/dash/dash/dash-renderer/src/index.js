import {DashRenderer} from './DashRenderer';
import './utils/setProps';

// make DashRenderer globally available
window.DashRenderer = DashRenderer;
