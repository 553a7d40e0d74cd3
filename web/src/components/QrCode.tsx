import { encode } from "uqr";

/** A QR code as crisp SVG squares (prints sharp at any size); no image request, no canvas. */
export const QrCode = ({ value, label, size = 160 }: { value: string; label: string; size?: number }) => {
  const { data } = encode(value, { ecc: "M", border: 2 });
  const modules = data.length;
  let path = "";
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg className="qr" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${modules} ${modules}`} shapeRendering="crispEdges">
      <rect width={modules} height={modules} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
};
