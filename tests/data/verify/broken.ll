define i32 @f(i32 %x) {
  %a = add i32 %x, %undefined_value
  ret i32 %a
}
