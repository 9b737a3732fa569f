import QRCode from 'qrcode';

/** The QR code of the voting address as an SVG document, made here, offline (medium error correction: a projector's glare). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
