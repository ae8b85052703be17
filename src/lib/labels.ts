/** Display names for the enum values editors write in content files. */
export const bodyLevelLabels = {
  'thanh-pho': 'Cấp thành phố (cấp huyện cũ)',
  'phuong-xa': 'Cấp phường, xã',
  tinh: 'Cấp tỉnh',
  'trung-uong': 'Trung ương',
} as const;
