// Tells the camera moves the analyst makes (wheel, dragging the stage, a double click, touch)
// from the ones the map makes itself (fits), and reports a move by hand once it has settled, so
// the link can carry it (one report per gesture, not one per frame). The settled camera takes its
// rounded state, so the picture on screen is exactly the one the link reproduces.
import type Sigma from 'sigma';
import { roundCamera, sameCamera, type CameraView } from '../state/camera.ts';

/** Quiet time after the camera's last frame before a move by hand counts as done. */
const SETTLE_MS = 300;

export interface HandCamera {
  /** The map moves the camera itself from now on (a fit, a camera from the link): nothing is reported. */
  takeOver(): void;
  dispose(): void;
}

export function watchHandCamera(sigma: Sigma, settled: (camera: CameraView) => void): HandCamera {
  const camera = sigma.getCamera();
  let byHand = false;
  let reported: CameraView | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const grab = () => {
    byHand = true;
  };
  const settle = () => {
    timer = undefined;
    const state = roundCamera(camera.getState());
    camera.setState(state);
    if (sameCamera(state, reported)) return;
    reported = state;
    settled(state);
  };
  const moved = () => {
    if (!byHand) return;
    clearTimeout(timer);
    timer = setTimeout(settle, SETTLE_MS);
  };
  // A press on a node starts a drag that moves the node, not the camera (drag.ts): no camera frame.
  const mouse = sigma.getMouseCaptor();
  const touch = sigma.getTouchCaptor();
  mouse.on('wheel', grab);
  mouse.on('mousedown', grab);
  mouse.on('doubleClick', grab);
  touch.on('touchdown', grab);
  camera.on('updated', moved);
  return {
    takeOver() {
      byHand = false;
      reported = null;
      clearTimeout(timer);
    },
    dispose() {
      clearTimeout(timer);
      mouse.off('wheel', grab);
      mouse.off('mousedown', grab);
      mouse.off('doubleClick', grab);
      touch.off('touchdown', grab);
      camera.off('updated', moved);
    },
  };
}
